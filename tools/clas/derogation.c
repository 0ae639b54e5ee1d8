/* SPDX-License-Identifier: Apache-2.0 */
/* The committee's exceptions, read from the evaluation (it keeps a copy
 * of the dossier's), so every output shows the same reason and date. */
#include <stdlib.h>
#include <string.h>

#include "derogation.h"

int derogation_next(const clas_evaluation *ev, int from)
{
    int r = from;
    while (r < CLAS_REGLE_COUNT && clas_evaluation_get_derogation_motif(ev, (clas_regle)r)[0] == '\0')
        r++;
    return r;
}

size_t derogation_count(const clas_evaluation *ev)
{
    size_t n = 0;
    for (int r = derogation_next(ev, 0); r < CLAS_REGLE_COUNT; r = derogation_next(ev, r + 1))
        n++;
    return n;
}

void derogation_print(const struct cli *cli, FILE *f, const clas_evaluation *ev, const char *indent)
{
    for (int r = derogation_next(ev, 0); r < CLAS_REGLE_COUNT; r = derogation_next(ev, r + 1)) {
        const char *motif = clas_evaluation_get_derogation_motif(ev, (clas_regle)r);
        const char *date = clas_evaluation_get_derogation_date(ev, (clas_regle)r);
        char lead[160], next[80];
        if (date[0])
            snprintf(lead, sizeof lead, "%s%s %s (%s)%s ", indent,
                     L(cli, "Dérogation du comité du", "Committee exception of"), date,
                     clas_regle_id((clas_regle)r), colon(cli->lang));
        else
            snprintf(lead, sizeof lead, "%s%s (%s)%s ", indent, L(cli, "Dérogation du comité", "Committee exception"),
                     clas_regle_id((clas_regle)r), colon(cli->lang));
        snprintf(next, sizeof next, "%s    ", indent);
        cli_print_wrapped(f, lead, next, motif, 80);
    }
}

size_t derogation_print_section(const struct cli *cli, FILE *f, const struct document *doc, const char *title)
{
    size_t shown = 0;
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        const clas_porteur *p = dos ? clas_dossier_get_porteur_const(dos) : NULL;
        size_t n = ev ? derogation_count(ev) : 0;
        char heading[CLAS_TEXT_MAX + CLAS_ID_MAX + 8];
        if (n == 0)
            continue;
        if (shown == 0)
            fprintf(f, "\n%s\n", title ? title : L(cli, "Dérogations du comité", "Committee exceptions"));
        if (p && clas_porteur_get_nom(p)[0])
            snprintf(heading, sizeof heading, "%s (%s)", clas_evaluation_get_dossier_id(ev), clas_porteur_get_nom(p));
        else
            snprintf(heading, sizeof heading, "%s", clas_evaluation_get_dossier_id(ev));
        cli_print_wrapped(f, "  ", "      ", heading, 80);
        derogation_print(cli, f, ev, "    ");
        shown += n;
    }
    return shown;
}

json_t *derogation_json(const clas_evaluation *ev)
{
    json_t *a = json_array();
    for (int r = derogation_next(ev, 0); a && r < CLAS_REGLE_COUNT; r = derogation_next(ev, r + 1)) {
        const char *motif = clas_evaluation_get_derogation_motif(ev, (clas_regle)r);
        const char *date = clas_evaluation_get_derogation_date(ev, (clas_regle)r);
        json_t *o;
        o = json_pack("{s:s, s:s, s:o}", "regle", clas_regle_id((clas_regle)r), "motif", motif, "date",
                      date[0] ? json_string(date) : json_null());
        if (!o || json_array_append_new(a, o) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

char *derogation_cell(const clas_evaluation *ev)
{
    size_t size = 1, n = 0;
    char *text;
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        size += strlen(clas_evaluation_get_derogation_motif(ev, (clas_regle)r)) + 48;
    text = malloc(size);
    if (!text)
        return NULL;
    text[0] = '\0';
    for (int r = derogation_next(ev, 0); r < CLAS_REGLE_COUNT; r = derogation_next(ev, r + 1)) {
        const char *motif = clas_evaluation_get_derogation_motif(ev, (clas_regle)r);
        const char *date = clas_evaluation_get_derogation_date(ev, (clas_regle)r);
        n += (size_t)snprintf(text + n, size - n, "%s%s : %s%s%s%s", n ? " ; " : "", clas_regle_id((clas_regle)r),
                              motif, date[0] ? " (" : "", date, date[0] ? ")" : "");
    }
    return text;
}
