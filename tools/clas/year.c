/* SPDX-License-Identifier: Apache-2.0 */
/* Shared steps of the campaign-year commands. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "year.h"

int year_find(struct found *out, struct document *doc, const char *dossier, const char *collectif)
{
    size_t n = clas_campagne_num_dossiers(doc->campagne);
    for (size_t d = 0; d < n; d++) {
        clas_dossier *dos = clas_campagne_get_dossier(doc->campagne, d);
        if (strcmp(clas_dossier_get_id(dos), dossier) != 0)
            continue;
        for (size_t i = 0; i < clas_dossier_num_collectifs(dos); i++) {
            clas_collectif *c = clas_dossier_get_collectif(dos, i);
            if (strcmp(clas_collectif_get_id(c), collectif) == 0) {
                out->dossier = dos;
                out->collectif = c;
                out->evaluation = document_evaluation(doc, d);
                out->index = i;
                return 0;
            }
        }
    }
    return -1;
}

clas_cadre *year_own_cadre(const struct cli *cli, struct document *doc)
{
    const clas_cadre *cadre = clas_campagne_get_cadre(doc->campagne);
    clas_cadre *copy = NULL;
    int st;
    if (!cadre) {
        st = clas_regles_find_cadre(&cadre, cli->regles, clas_campagne_get_departement(doc->campagne),
                                    clas_campagne_get_annee_scolaire(doc->campagne));
        if (st != CLAS_OK) {
            cli_report_error(cli, doc->path, st);
            return NULL;
        }
    }
    st = clas_cadre_copy(&copy, cadre);
    if (st != CLAS_OK) {
        cli_report_error(cli, doc->path, st);
        return NULL;
    }
    return copy;
}

int year_set_cadre(const struct cli *cli, struct document *doc, clas_cadre *cadre)
{
    int st = clas_campagne_set_cadre(doc->campagne, cadre);
    clas_cadre_free(cadre);
    return st == CLAS_OK ? EXIT_OK : cli_report_error(cli, doc->path, st);
}

int year_write_campaign(const struct cli *cli, const struct document *doc)
{
    char *json = NULL;
    int st = clas_campagne_to_json(&json, doc->campagne, CLAS_JSON_PRETTY);
    if (st != CLAS_OK)
        return cli_report_error(cli, doc->path, st);
    fputs(json, cli->out);
    clas_free(json);
    return EXIT_OK;
}

int year_reevaluate(const struct cli *cli, struct document *doc)
{
    clas_rapport *r = NULL;
    int st = clas_rapport_new(&r, cli->regles, doc->campagne, cli->provisoire ? CLAS_CARRY_FORWARD : 0);
    if (st != CLAS_OK)
        return cli_report_error(cli, doc->path, st);
    clas_rapport_free(doc->rapport);
    doc->rapport = r;
    return EXIT_OK;
}

static int ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a >= b && strcasecmp(s + a - b, tail) == 0;
}

/* A JSON value as a cell. */
static char *cell_text(const json_t *v)
{
    if (json_is_string(v))
        return strdup(json_string_value(v));
    if (json_is_true(v))
        return strdup("oui");
    if (json_is_false(v) || json_is_null(v))
        return strdup(json_is_null(v) ? "" : "non");
    if (json_is_integer(v)) {
        char buf[32];
        snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return strdup(buf);
    }
    if (json_is_array(v)) {
        size_t n = 0, at = 0, i;
        json_t *x;
        char *out;
        json_array_foreach(v, i, x) n += (json_is_string(x) ? strlen(json_string_value(x)) : 1) + 2;
        out = malloc(n + 1);
        /* Appended at a running offset: strcat() would rescan the cell for
         * each element, quadratic in a hostile array's length. */
        json_array_foreach(v, i, x)
        {
            const char *t = json_is_string(x) ? json_string_value(x) : "?";
            size_t len = strlen(t);
            if (!out)
                break;
            if (i > 0) {
                memcpy(out + at, ", ", 2);
                at += 2;
            }
            memcpy(out + at, t, len);
            at += len;
        }
        if (out)
            out[at] = '\0';
        return out;
    }
    return strdup("?");
}

/* Records in JSON: within the limits of a spreadsheet, the NUL byte
 * refused as in any JSON document. */
static const struct input_kind input_records = {CLAS_CSV_LIMIT_BYTES, "64 Mio, CLAS_CSV_LIMIT_BYTES",
                                                "64 MiB, CLAS_CSV_LIMIT_BYTES", 1};

static int json_records(struct grid *g, const struct cli *cli, const char *path, const char *format,
                        const char *member, const char *const *keys, char **date_comite)
{
    json_error_t e;
    json_t *root, *list, *item;
    size_t nkeys = 0, i, len = 0;
    char *text = NULL;
    int rc = input_read(&text, &len, cli, path, &input_records);
    if (rc != EXIT_OK)
        return rc;
    root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &e);
    free(text);
    if (!root) {
        fprintf(cli->err, "clas: %s:%d:%d: %s\n", path, e.line, e.column, e.text);
        return EXIT_INPUT;
    }
    list = json_object_get(root, member);
    if (!json_is_object(root) || !json_is_string(json_object_get(root, "format")) ||
        strcmp(json_string_value(json_object_get(root, "format")), format) != 0 || !json_is_array(list)) {
        fprintf(cli->err, L(cli, "clas: %s: document %s attendu, avec un tableau « %s »\n",
                            "clas: %s: a %s document with a '%s' array expected\n"),
                path, format, member);
        json_decref(root);
        return EXIT_INPUT;
    }
    if (date_comite && json_is_string(json_object_get(root, "date_comite")))
        *date_comite = strdup(json_string_value(json_object_get(root, "date_comite")));
    while (keys[2 * nkeys])
        nkeys++;
    memset(g, 0, sizeof *g);
    g->rows = json_array_size(list) + 1;
    g->cols = nkeys;
    if (grid_check_limits(g, cli, path) != EXIT_OK) {
        memset(g, 0, sizeof *g);
        json_decref(root);
        return EXIT_INPUT;
    }
    g->cells = calloc(g->rows * g->cols, sizeof *g->cells);
    if (!g->cells) {
        json_decref(root);
        return EXIT_INTERNAL;
    }
    for (size_t k = 0; k < nkeys; k++)
        g->cells[k] = strdup(keys[2 * k + 1]);
    json_array_foreach(list, i, item)
    {
        for (size_t k = 0; k < nkeys; k++) {
            json_t *v = json_is_object(item) ? json_object_get(item, keys[2 * k]) : NULL;
            g->cells[(i + 1) * nkeys + k] = v ? cell_text(v) : strdup("");
        }
    }
    json_decref(root);
    for (size_t k = 0; k < g->rows * g->cols; k++)
        if (!g->cells[k]) {
            grid_free(g);
            return EXIT_INTERNAL;
        }
    g->encoding = "JSON";
    if (grid_check_limits(g, cli, path) != EXIT_OK) {
        grid_free(g);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

int year_read_records(struct grid *g, const struct cli *cli, const char *path, const char *format,
                      const char *member, const char *const *keys, char **date_comite)
{
    if (ends_with(path, ".json"))
        return json_records(g, cli, path, format, member, keys, date_comite);
    return grid_read(g, cli, path);
}
