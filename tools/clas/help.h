/* SPDX-License-Identifier: Apache-2.0 */
/* Help of the campaign-year commands, {French, English}, in their files. */
#ifndef CLAS_CLI_HELP_H
#define CLAS_CLI_HELP_H

extern const char *const help_import[2];
extern const char *const help_template[2];
extern const char *const help_decide[2];
extern const char *const help_acompte[2];
extern const char *const help_bilan[2];
extern const char *const help_settle[2];
extern const char *const help_stats[2];

#endif
