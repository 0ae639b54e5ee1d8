/* SPDX-License-Identifier: Apache-2.0 */
/* clas: the Clas funding rules on the command line. Parses the command
 * line, loads the rule set, dispatches to one subcommand. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct command {
    const char *name;
    int (*run)(const struct cli *cli);
    enum msg help;
    size_t min_files, max_files;
    unsigned formats;          /* bit per enum cli_format accepted by --format */
    int takes_collectif;
};

#define F(x) (1u << (x))
static const struct command commands[] = {
    {"check", cmd_check, MSG_HELP_CHECK, 1, (size_t)-1, F(FORMAT_TEXT), 0},
    {"compute", cmd_compute, MSG_HELP_COMPUTE, 1, (size_t)-1, F(FORMAT_TEXT) | F(FORMAT_JSON) | F(FORMAT_CSV), 0},
    {"explain", cmd_explain, MSG_HELP_EXPLAIN, 1, 1, F(FORMAT_TEXT), 1},
    {"report", cmd_report, MSG_HELP_REPORT, 1, 1, F(FORMAT_TEXT) | F(FORMAT_JSON) | F(FORMAT_CSV), 0},
    {"baremes", cmd_baremes, MSG_HELP_BAREMES, 0, 0, F(FORMAT_TEXT) | F(FORMAT_JSON), 0},
};
#define NUM_COMMANDS (sizeof commands / sizeof commands[0])

static const char *const long_options[] = {"--regles", "--provisoire", "--lang", "--format", "--collectif",
                                           "--help", "--version"};

/* What the command line asked for, before anything is printed: the
 * language is only known once every option is read. */
struct request {
    const char *command;
    const char *regles_path;
    const char *format;
    const char *collectif;
    const char *lang;
    int provisoire, help, version;
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

/* "--name VALUE" or "--name=VALUE". Returns the value or NULL. */
static const char *option_value(struct request *req, int argc, char **argv, int *i, const char *name)
{
    size_t len = strlen(name);
    const char *eq = argv[*i] + len;
    if (*eq == '=')
        return eq + 1;
    if (*i + 1 < argc)
        return argv[++*i];
    fail(req, MSG_ERR_MISSING_VALUE, name);
    return NULL;
}

static int is_option(const char *arg, const char *name)
{
    size_t len = strlen(name);
    return strncmp(arg, name, len) == 0 && (arg[len] == '\0' || arg[len] == '=');
}

static void parse(struct request *req, int argc, char **argv)
{
    int no_more_options = 0;
    memset(req, 0, sizeof *req);
    req->error = MSG_NONE;
    req->operands = calloc((size_t)argc + 1, sizeof *req->operands);
    if (!req->operands) {
        fail(req, MSG_OUT_OF_MEMORY, NULL);
        return;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (no_more_options || a[0] != '-' || strcmp(a, "-") == 0) {
            if (!req->command)
                req->command = a;
            else
                req->operands[req->num_operands++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            no_more_options = 1;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            req->help = 1;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            req->version = 1;
        } else if (strcmp(a, "--provisoire") == 0) {
            req->provisoire = 1;
        } else if (is_option(a, "--regles")) {
            req->regles_path = option_value(req, argc, argv, &i, "--regles");
        } else if (is_option(a, "--lang")) {
            req->lang = option_value(req, argc, argv, &i, "--lang");
        } else if (is_option(a, "--format")) {
            req->format = option_value(req, argc, argv, &i, "--format");
        } else if (is_option(a, "--collectif")) {
            req->collectif = option_value(req, argc, argv, &i, "--collectif");
        } else {
            fail(req, MSG_ERR_UNKNOWN_OPTION, a);
        }
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
    fputs(tr(cli->lang, cmd ? cmd->help : MSG_HELP_MAIN), cli->out);
    return cli_finish_output(cli, EXIT_OK);
}

static int parse_format(enum cli_format *out, const char *text)
{
    static const char *const names[] = {"text", "json", "csv"};
    for (size_t i = 0; i < 3; i++)
        if (strcmp(text, names[i]) == 0) {
            *out = (enum cli_format)i;
            return 0;
        }
    return -1;
}

/* Validates the request against the subcommand and fills @p cli. */
static int check_request(struct cli *cli, const struct request *req, const struct command *cmd)
{
    if (req->format) {
        if (parse_format(&cli->format, req->format) != 0 || !(cmd->formats & F(cli->format)))
            return usage_error(cli, MSG_ERR_BAD_FORMAT, req->format, NULL);
    }
    if (req->collectif && !cmd->takes_collectif)
        return usage_error(cli, MSG_ERR_OPTION_NOT_HERE, "--collectif", NULL);
    if (cmd->takes_collectif && !req->collectif)
        return usage_error(cli, MSG_ERR_NEEDS_COLLECTIF, cmd->name, NULL);
    if (req->num_operands < cmd->min_files)
        return usage_error(cli, MSG_ERR_MISSING_FILE, cmd->name, NULL);
    if (req->num_operands > cmd->max_files)
        return usage_error(cli, MSG_ERR_TOO_MANY_FILES, cmd->name, NULL);
    cli->collectif = req->collectif;
    cli->provisoire = req->provisoire;
    cli->files = req->operands;
    cli->num_files = req->num_operands;
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
            hint = suggest(name, long_options, sizeof long_options / sizeof long_options[0]);
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
    rc = cmd->run(cli);
    clas_regles_unref(regles);
    return rc;
}

int main(int argc, char **argv)
{
    struct request req;
    struct cli cli = {CLAS_LANG_FR, FORMAT_TEXT, NULL, 0, NULL, 0, NULL, stdout, stderr};
    int rc;

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
