/* SPDX-License-Identifier: Apache-2.0 */
/* The committee report as a self-contained HTML page. */
#ifndef CLAS_CLI_HTML_H
#define CLAS_CLI_HTML_H

struct cli;
struct document;

/* Writes the page for a loaded campaign on cli->out. */
int html_report(const struct cli *cli, const struct document *doc);

#endif
