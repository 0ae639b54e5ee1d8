/* SPDX-License-Identifier: Apache-2.0 */
/* Shared declarations of the clas command-line tool. */
#ifndef CLAS_CLI_H
#define CLAS_CLI_H

#include <stdio.h>
#include <clas.h>

#include "i18n.h"

/* Exit statuses, documented in --help and clas(1). */
enum cli_exit {
    EXIT_OK = 0,        /* nothing blocks */
    EXIT_BLOCKING = 1,  /* check: at least one blocking constat */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_INPUT = 3,     /* a file could not be read, parsed or evaluated */
    EXIT_INTERNAL = 4   /* out of memory, write error, library failure */
};

enum cli_format { FORMAT_TEXT = 0, FORMAT_JSON, FORMAT_CSV, FORMAT_XLSX, FORMAT_HTML, FORMAT_COUNT };

struct output;

/* Everything a subcommand needs; owned by main(). */
struct cli {
    clas_lang lang;
    enum cli_format format;
    const char *collectif;     /* explain --collectif */
    int provisoire;            /* --provisoire: carry the last barème forward */
    char **files;              /* operands after the subcommand */
    size_t num_files;
    const clas_regles *regles; /* built-in data, plus --regles FILE */
    const char *regles_path;   /* --regles FILE: the amounts are a simulation */
    const char *output_path;   /* -o FILE, NULL for standard output */
    int csv_fr;                /* --csv fr: ';', decimal comma, UTF-8 BOM */
    int force;                 /* --force: -o may name an input file */
    int verser;                /* acompte --verser: record the advances as paid */
    const char *taux;          /* acompte --taux P */
    const char *date_comite;   /* decide --date-comite DATE */
    const char *precedente;    /* stats/report --precedente CAMPAIGN */
    const char *departement;   /* import --departement */
    const char *annee;         /* import --annee */
    struct output *output;     /* where FILE *out really goes (output.c) */
    FILE *out;
    FILE *err;
};

/* One input document evaluated: a single dossier, or a campaign's dossiers. */
struct document {
    const char *path;
    clas_dossier *dossier;       /* set for a clas-dossier/1 file */
    clas_evaluation *evaluation; /* its evaluation */
    clas_campagne *campagne;     /* set for a clas-campagne/1 file */
    clas_rapport *rapport;       /* its evaluations */
};

/* Loads and evaluates FILE ("-" reads standard input). On failure prints
 * the error on cli->err and returns EXIT_INPUT or EXIT_INTERNAL. */
int document_load(struct document *doc, const struct cli *cli, const char *path, unsigned eval_flags);
void document_free(struct document *doc);
/* document_load() for commands that need a clas-campagne/1: a dossier is
 * refused with @p not_campaign (NULL: a generic message). */
int document_load_campaign(struct document *doc, const struct cli *cli, const char *path, const char *not_campaign);
size_t document_num_dossiers(const struct document *doc);
const clas_evaluation *document_evaluation(const struct document *doc, size_t i);
/* The dossier evaluated by document_evaluation(doc, i). */
const clas_dossier *document_dossier(const struct document *doc, size_t i);

/* Prints "clas: LOCATION: message" from the library's last error; returns
 * the exit status matching @p status. */
int cli_report_error(const struct cli *cli, const char *path, int status);
/* Maps a library status to an exit status. */
int cli_exit_for_status(int status);
/* Prints on @p f the note saying amounts are provisional, if @p ev is. */
void cli_note_provisional(const struct cli *cli, FILE *f, const clas_evaluation *ev);
/* Formats cents for people in the chosen language; @p buf holds 48 bytes. */
const char *cli_money(char *buf, size_t size, clas_cents cents, clas_lang lang);
/* Formats cents as "2800.70" for machines. */
const char *cli_decimal(char *buf, size_t size, clas_cents cents);
/* Checks stdout for write errors; returns @p status or EXIT_INTERNAL. */
int cli_finish_output(const struct cli *cli, int status);
/* Prints @p text on @p f in lines of at most @p width characters (UTF-8),
 * broken at spaces, the first line after @p first, the others after
 * @p indent. A word longer than a line stays whole. */
void cli_print_wrapped(FILE *f, const char *first, const char *indent, const char *text, size_t width);

/* Prints "PATH : dossier ID (porteur), YEAR" and, if @p with_verdict,
 * ": verdict", wrapped to 80 columns. */
void cli_print_dossier_heading(const struct cli *cli, const char *path, const clas_evaluation *ev,
                               const clas_dossier *d, int with_verdict);

/* Prints one constat: severity, code and message, wrapped to 80 columns
 * under a hanging indent; then the rule and the place. */
void cli_print_constat(const struct cli *cli, const clas_constat *constat, const char *indent);

int cmd_check(const struct cli *cli);
int cmd_compute(const struct cli *cli);
int cmd_explain(const struct cli *cli);
int cmd_report(const struct cli *cli);
int cmd_baremes(const struct cli *cli);
int cmd_import(const struct cli *cli);
int cmd_template(const struct cli *cli);
int cmd_decide(const struct cli *cli);
int cmd_acompte(const struct cli *cli);
int cmd_bilan(const struct cli *cli);
int cmd_settle(const struct cli *cli);
int cmd_stats(const struct cli *cli);

/* French text, or English with --lang en. */
#define L(cli, fr, en) ((cli)->lang == CLAS_LANG_EN ? (en) : (fr))

#define CLI_MONEY_BUF 48

#endif
