/* SPDX-License-Identifier: Apache-2.0 */
/* clas: the Clas funding rules on the command line. Parses the command
 * line, loads the rule set, dispatches to one subcommand. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "help.h"
#include "output.h"

struct command {
    const char *name;
    int (*run)(const struct cli *cli);
    enum msg help;             /* MSG_NONE: help_fr/help_en below */
    size_t min_files, max_files;
    unsigned formats;          /* bit per enum cli_format accepted by --format */
    unsigned options;          /* OPT_* accepted besides the common ones */
    const char *const *help_text; /* {fr, en} when help is MSG_NONE */
    enum cli_format dflt;      /* without --format */
};

enum { OPT_COLLECTIF = 1, OPT_VERSER = 2, OPT_DATE_COMITE = 4, OPT_PRECEDENTE = 8, OPT_CAMPAGNE = 16, OPT_TAUX = 32 };

#define F(x) (1u << (x))
#define SHEETS (F(FORMAT_CSV) | F(FORMAT_XLSX))
static const struct command commands[] = {
    {"check", cmd_check, MSG_HELP_CHECK, 1, (size_t)-1, F(FORMAT_TEXT), 0, NULL, FORMAT_TEXT},
    {"compute", cmd_compute, MSG_HELP_COMPUTE, 1, (size_t)-1, F(FORMAT_TEXT) | F(FORMAT_JSON) | SHEETS, 0, NULL, FORMAT_TEXT},
    {"explain", cmd_explain, MSG_HELP_EXPLAIN, 1, 1, F(FORMAT_TEXT), OPT_COLLECTIF, NULL, FORMAT_TEXT},
    {"report", cmd_report, MSG_HELP_REPORT, 1, 1, F(FORMAT_TEXT) | F(FORMAT_JSON) | SHEETS | F(FORMAT_HTML),
     OPT_PRECEDENTE, NULL, FORMAT_TEXT},
    {"baremes", cmd_baremes, MSG_HELP_BAREMES, 0, 0, F(FORMAT_TEXT) | F(FORMAT_JSON), 0, NULL, FORMAT_TEXT},
    {"import", cmd_import, MSG_NONE, 1, 1, F(FORMAT_JSON), OPT_CAMPAGNE, help_import, FORMAT_JSON},
    {"template", cmd_template, MSG_NONE, 0, 0, SHEETS, 0, help_template, FORMAT_CSV},
    {"decide", cmd_decide, MSG_NONE, 2, 2, F(FORMAT_JSON), OPT_DATE_COMITE, help_decide, FORMAT_JSON},
    {"acompte", cmd_acompte, MSG_NONE, 1, 1, F(FORMAT_JSON) | F(FORMAT_TEXT) | SHEETS, OPT_VERSER | OPT_TAUX,
     help_acompte, FORMAT_JSON},
    {"bilan", cmd_bilan, MSG_NONE, 2, 2, F(FORMAT_JSON), 0, help_bilan, FORMAT_JSON},
    {"stats", cmd_stats, MSG_NONE, 1, 1, F(FORMAT_TEXT) | F(FORMAT_JSON) | SHEETS, OPT_PRECEDENTE, help_stats, FORMAT_TEXT},
    {"settle", cmd_settle, MSG_NONE, 1, 1, F(FORMAT_TEXT) | F(FORMAT_JSON) | SHEETS, 0, help_settle, FORMAT_TEXT},
};
#define NUM_COMMANDS (sizeof commands / sizeof commands[0])

enum {
    LO_REGLES = 256, LO_PROVISOIRE, LO_LANG, LO_FORMAT, LO_COLLECTIF, LO_CSV, LO_FORCE, LO_VERSER,
    LO_DATE_COMITE, LO_PRECEDENTE, LO_DEPARTEMENT, LO_ANNEE, LO_TAUX
};

static const struct option long_options[] = {
    {"regles", required_argument, NULL, LO_REGLES},
    {"provisoire", no_argument, NULL, LO_PROVISOIRE},
    {"lang", required_argument, NULL, LO_LANG},
    {"format", required_argument, NULL, LO_FORMAT},
    {"collectif", required_argument, NULL, LO_COLLECTIF},
    {"output", required_argument, NULL, 'o'},
    {"csv", required_argument, NULL, LO_CSV},
    {"force", no_argument, NULL, LO_FORCE},
    {"verser", no_argument, NULL, LO_VERSER},
    {"date-comite", required_argument, NULL, LO_DATE_COMITE},
    {"precedente", required_argument, NULL, LO_PRECEDENTE},
    {"departement", required_argument, NULL, LO_DEPARTEMENT},
    {"annee", required_argument, NULL, LO_ANNEE},
    {"taux", required_argument, NULL, LO_TAUX},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};
#define NUM_LONG_OPTIONS (sizeof long_options / sizeof long_options[0] - 1)

/* What the command line asked for, before anything is printed: the
 * language is only known once every option is read. */
struct request {
    const char *command;
    const char *regles_path;
    const char *format;
    const char *collectif;
    const char *lang;
    const char *output;
    const char *csv;
    const char *date_comite;
    const char *precedente;
    const char *departement;
    const char *annee;
    const char *taux;
    int provisoire, help, version, force, verser;
    char **operands;
    size_t num_operands;
    enum msg error;       /* MSG_NONE if the line parsed */
    const char *error_arg;
};

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), prev[32], cur[32];
    if (la >= 32 || lb >= 32)
        return 99;
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        memcpy(prev, cur, (lb + 1) * sizeof cur[0]);
    }
    return prev[lb];
}

/* The closest known word, or NULL if nothing is close. */
static const char *suggest(const char *word, const char *const *known, size_t n)
{
    const char *best = NULL;
    size_t best_d = 3;
    for (size_t i = 0; i < n; i++) {
        size_t d = edit_distance(word, known[i]);
        if (d < best_d) {
            best_d = d;
            best = known[i];
        }
    }
    return best;
}

static void fail(struct request *req, enum msg error, const char *arg)
{
    if (req->error == MSG_NONE) {
        req->error = error;
        req->error_arg = arg;
    }
}

/* getopt_long() with its own messages off: errors are reported in the
 * user's language once --lang is known. GNU getopt permutes, so options may
 * come before or after the command and its files. */
static void parse(struct request *req, int argc, char **argv)
{
    static char missing[64];
    int c;
    memset(req, 0, sizeof *req);
    req->error = MSG_NONE;
    req->operands = calloc((size_t)argc + 1, sizeof *req->operands);
    if (!req->operands) {
        fail(req, MSG_OUT_OF_MEMORY, NULL);
        return;
    }
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":ho:V", long_options, NULL)) != -1) {
        switch (c) {
        case 'h': req->help = 1; break;
        case 'V': req->version = 1; break;
        case 'o': req->output = optarg; break;
        case LO_PROVISOIRE: req->provisoire = 1; break;
        case LO_FORCE: req->force = 1; break;
        case LO_VERSER: req->verser = 1; break;
        case LO_REGLES: req->regles_path = optarg; break;
        case LO_LANG: req->lang = optarg; break;
        case LO_FORMAT: req->format = optarg; break;
        case LO_COLLECTIF: req->collectif = optarg; break;
        case LO_CSV: req->csv = optarg; break;
        case LO_DATE_COMITE: req->date_comite = optarg; break;
        case LO_PRECEDENTE: req->precedente = optarg; break;
        case LO_DEPARTEMENT: req->departement = optarg; break;
        case LO_ANNEE: req->annee = optarg; break;
        case LO_TAUX: req->taux = optarg; break;
        case ':': /* the option is the previous argument, without its value */
            snprintf(missing, sizeof missing, "%s", argv[optind - 1]);
            fail(req, MSG_ERR_MISSING_VALUE, missing);
            break;
        default:
            fail(req, MSG_ERR_UNKNOWN_OPTION, argv[optind - 1]);
            break;
        }
    }
    for (int i = optind; i < argc; i++) {
        if (!req->command)
            req->command = argv[i];
        else
            req->operands[req->num_operands++] = argv[i];
    }
}

static int usage_error(const struct cli *cli, enum msg error, const char *arg, const char *hint)
{
    fputs("clas: ", cli->err);
    fprintf(cli->err, tr(cli->lang, error), arg ? arg : "");
    fputc('\n', cli->err);
    if (hint) {
        fprintf(cli->err, tr(cli->lang, MSG_DID_YOU_MEAN), hint);
        fputc('\n', cli->err);
    }
    fprintf(cli->err, "%s\n", tr(cli->lang, MSG_TRY_HELP));
    return EXIT_USAGE;
}

static const struct command *find_command(const char *name)
{
    for (size_t i = 0; i < NUM_COMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static const char *suggest_command(const char *name)
{
    const char *names[NUM_COMMANDS + 1];
    for (size_t i = 0; i < NUM_COMMANDS; i++)
        names[i] = commands[i].name;
    names[NUM_COMMANDS] = "help";
    return suggest(name, names, NUM_COMMANDS + 1);
}

static int print_help(const struct cli *cli, const char *topic)
{
    const struct command *cmd = topic ? find_command(topic) : NULL;
    if (topic && !cmd && strcmp(topic, "help") != 0)
        return usage_error(cli, MSG_ERR_UNKNOWN_COMMAND, topic, suggest_command(topic));
    if (cmd && cmd->help == MSG_NONE)
        fputs(cmd->help_text[cli->lang == CLAS_LANG_EN], cli->out);
    else
        fputs(tr(cli->lang, cmd ? cmd->help : MSG_HELP_MAIN), cli->out);
    return cli_finish_output(cli, EXIT_OK);
}

static int parse_format(enum cli_format *out, const char *text)
{
    static const char *const names[FORMAT_COUNT] = {"text", "json", "csv", "xlsx", "html"};
    for (size_t i = 0; i < FORMAT_COUNT; i++)
        if (strcmp(text, names[i]) == 0) {
            *out = (enum cli_format)i;
            return 0;
        }
    return -1;
}

/* An option that only some commands take. */
static int option_allowed(const struct cli *cli, const struct command *cmd, const void *given, unsigned opt,
                          const char *name)
{
    if (given && !(cmd->options & opt))
        return usage_error(cli, MSG_ERR_OPTION_NOT_HERE, name, NULL);
    return EXIT_OK;
}

/* Validates the request against the subcommand and fills @p cli. */
static int check_request(struct cli *cli, const struct request *req, const struct command *cmd)
{
    static const int yes = 1;
    int rc;
    if (req->csv) {
        if (strcmp(req->csv, "fr") == 0)
            cli->csv_fr = 1;
        else if (strcmp(req->csv, "rfc4180") != 0)
            return usage_error(cli, MSG_ERR_BAD_FORMAT, req->csv, NULL);
        cli->format = FORMAT_CSV; /* --csv fr alone means --format csv */
    }
    if (req->format) {
        if (parse_format(&cli->format, req->format) != 0 || !(cmd->formats & F(cli->format)) ||
            (req->csv && cli->format != FORMAT_CSV))
            return usage_error(cli, MSG_ERR_BAD_FORMAT, req->format, NULL);
    } else if (!req->csv) {
        cli->format = cmd->dflt;
    }
    if (!(cmd->formats & F(cli->format)))
        return usage_error(cli, MSG_ERR_BAD_FORMAT, req->format ? req->format : req->csv, NULL);
    if ((rc = option_allowed(cli, cmd, req->collectif, OPT_COLLECTIF, "--collectif")) ||
        (rc = option_allowed(cli, cmd, req->verser ? &yes : NULL, OPT_VERSER, "--verser")) ||
        (rc = option_allowed(cli, cmd, req->date_comite, OPT_DATE_COMITE, "--date-comite")) ||
        (rc = option_allowed(cli, cmd, req->precedente, OPT_PRECEDENTE, "--precedente")) ||
        (rc = option_allowed(cli, cmd, req->departement, OPT_CAMPAGNE, "--departement")) ||
        (rc = option_allowed(cli, cmd, req->annee, OPT_CAMPAGNE, "--annee")) ||
        (rc = option_allowed(cli, cmd, req->taux, OPT_TAUX, "--taux")))
        return rc;
    if ((cmd->options & OPT_COLLECTIF) && !req->collectif)
        return usage_error(cli, MSG_ERR_NEEDS_COLLECTIF, cmd->name, NULL);
    if (req->num_operands < cmd->min_files)
        return usage_error(cli, MSG_ERR_MISSING_FILE, cmd->name, NULL);
    if (req->num_operands > cmd->max_files)
        return usage_error(cli, MSG_ERR_TOO_MANY_FILES, cmd->name, NULL);
    if (cli->format == FORMAT_XLSX && !req->output && isatty(STDOUT_FILENO))
        return usage_error(cli, MSG_ERR_NEEDS_OUTPUT, "xlsx", NULL);
    if (!req->force && output_is_input(req->output, req->operands, req->num_operands))
        return usage_error(cli, MSG_ERR_OUTPUT_IS_INPUT, req->output, NULL);
    cli->collectif = req->collectif;
    cli->provisoire = req->provisoire;
    cli->files = req->operands;
    cli->num_files = req->num_operands;
    cli->regles_path = req->regles_path;
    cli->output_path = req->output;
    cli->force = req->force;
    cli->verser = req->verser;
    cli->date_comite = req->date_comite;
    cli->precedente = req->precedente;
    cli->departement = req->departement;
    cli->annee = req->annee;
    cli->taux = req->taux;
    return EXIT_OK;
}

/* The built-in rule data, overridden year by year by --regles FILE. */
static int load_regles(clas_regles **out, const struct cli *cli, const char *path)
{
    clas_regles_builder *builder = NULL;
    int st;
    if (!path) {
        st = clas_regles_new_default(out);
        return st == CLAS_OK ? EXIT_OK : cli_report_error(cli, NULL, st);
    }
    st = clas_regles_builder_new(&builder);
    if (st == CLAS_OK)
        st = clas_regles_builder_add_defaults(builder, 0);
    if (st == CLAS_OK) {
        clas_error_clear();
        st = clas_regles_builder_add_json_file(builder, path, CLAS_REGLES_REPLACE);
        if (st != CLAS_OK) {
            clas_regles_builder_free(builder);
            return cli_report_error(cli, path, st);
        }
    }
    if (st == CLAS_OK)
        st = clas_regles_builder_build(out, builder);
    clas_regles_builder_free(builder);
    return st == CLAS_OK ? EXIT_OK : cli_report_error(cli, NULL, st);
}

static int run(struct cli *cli, const struct request *req)
{
    const struct command *cmd;
    clas_regles *regles = NULL;
    int rc;

    if (req->error != MSG_NONE) {
        const char *hint = NULL;
        if (req->error == MSG_ERR_UNKNOWN_OPTION) {
            char name[64];
            size_t len = strcspn(req->error_arg, "=");
            snprintf(name, sizeof name, "%.*s", (int)(len < 63 ? len : 63), req->error_arg);
            const char *names[NUM_LONG_OPTIONS];
            char spelled[NUM_LONG_OPTIONS][24];
            for (size_t k = 0; k < NUM_LONG_OPTIONS; k++) {
                snprintf(spelled[k], sizeof spelled[k], "--%s", long_options[k].name);
                names[k] = spelled[k];
            }
            hint = suggest(name, names, NUM_LONG_OPTIONS);
            if (hint) {
                static char keep[24];
                snprintf(keep, sizeof keep, "%s", hint);
                hint = keep;
            }
        }
        if (req->error == MSG_OUT_OF_MEMORY) {
            fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
            return EXIT_INTERNAL;
        }
        return usage_error(cli, req->error, req->error_arg, hint);
    }
    if (req->version) {
        fprintf(cli->out, "clas %s\nlibclas %s\n", CLAS_VERSION_STRING, clas_version_string());
        return cli_finish_output(cli, EXIT_OK);
    }
    if (!req->command)
        return req->help ? print_help(cli, NULL) : usage_error(cli, MSG_ERR_NO_COMMAND, NULL, NULL);
    if (strcmp(req->command, "help") == 0)
        return print_help(cli, req->num_operands > 0 ? req->operands[0] : NULL);
    cmd = find_command(req->command);
    if (!cmd)
        return usage_error(cli, MSG_ERR_UNKNOWN_COMMAND, req->command, suggest_command(req->command));
    if (req->help)
        return print_help(cli, cmd->name);
    rc = check_request(cli, req, cmd);
    if (rc != EXIT_OK)
        return rc;
    rc = load_regles(&regles, cli, req->regles_path);
    if (rc != EXIT_OK)
        return rc;
    cli->regles = regles;
    rc = output_open(cli);
    if (rc != EXIT_OK) {
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
    } else {
        rc = output_close(cli, stdout, cmd->run(cli));
    }
    clas_regles_unref(regles);
    return rc;
}

int main(int argc, char **argv)
{
    struct request req;
    struct cli cli;
    int rc;

    memset(&cli, 0, sizeof cli);
    cli.lang = CLAS_LANG_FR;
    cli.format = FORMAT_TEXT;
    cli.out = stdout;
    cli.err = stderr;
    parse(&req, argc, argv);
    if (req.lang) {
        if (strcmp(req.lang, "fr") == 0)
            cli.lang = CLAS_LANG_FR;
        else if (strcmp(req.lang, "en") == 0)
            cli.lang = CLAS_LANG_EN;
        else
            fail(&req, MSG_ERR_BAD_LANG, req.lang);
    }
    rc = run(&cli, &req);
    free(req.operands);
    return rc;
}
