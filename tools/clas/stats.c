/* SPDX-License-Identifier: Apache-2.0 */
/* clas stats CAMPAGNE [--precedente CAMPAGNE]: the department's figures
 * (domain.md §2.8): porteurs by type, collectifs and their outcome,
 * children by cycle, approval rate, amounts requested, granted, advanced
 * and settled, bonuses by kind; beside the previous year's when given. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "derogation.h"
#include "sheet.h"
#include "sheets.h"
#include "stats.h"
#include "table.h"

size_t stats_derogations(const struct document *doc)
{
    size_t n = 0;
    for (size_t d = 0; d < document_num_dossiers(doc); d++)
        n += derogation_count(document_evaluation(doc, d)) > 0;
    return n;
}

static const char *stat_label(const struct cli *cli, clas_statistique k)
{
    return clas_label(CLAS_LABEL_STATISTIQUE, (int)k, cli->lang);
}

/* How the text and HTML outputs present the figures to the committee:
 * sections with a heading, each figure on its own line, a detail
 * indented under the figure it breaks down. A NULL label is the
 * library's (clas_label()); the territory, links and bilan figures get
 * shorter ones since their section heading already says what they count. */
struct stat_line {
    clas_statistique k;
    int detail;
    const char *fr, *en;
};

struct stat_section {
    const char *fr, *en;
    struct stat_line lines[12];
    size_t n;
};

#define LINE(k, d) {CLAS_STAT_##k, d, NULL, NULL}
#define OWN(k, d, fr, en) {CLAS_STAT_##k, d, fr, en}

static const struct stat_section sections[] = {
    {"Porteurs par type", "Porteurs by type",
     {LINE(PORTEURS, 0), LINE(PORTEURS_CENTRE_SOCIAL, 1), LINE(PORTEURS_ASSOCIATION_LOCALE, 1),
      LINE(PORTEURS_ASSOCIATION_RESEAU, 1), LINE(PORTEURS_SERVICE_MUNICIPAL, 1), LINE(PORTEURS_CCAS, 1),
      LINE(PORTEURS_AUTRE, 1)}, 7},
    {"Collectifs et décisions du comité", "Collectifs and the committee's decisions",
     {LINE(COLLECTIFS, 0), LINE(COLLECTIFS_ELIGIBLES, 1), LINE(COLLECTIFS_AGREES, 1), LINE(COLLECTIFS_REFUSES, 1),
      LINE(COLLECTIFS_EN_ATTENTE, 1), LINE(TAUX_AGREMENT, 0)}, 6},
    {"Enfants des collectifs agréés", "Children of the approved collectifs",
     {OWN(ENFANTS, 0, "Enfants", "Children"), LINE(ENFANTS_PRIMAIRE, 1), LINE(ENFANTS_COLLEGE, 1),
      LINE(ENFANTS_LYCEE, 1), LINE(ENFANTS_PLUSIEURS_CYCLES, 1),
      OWN(ENFANTS_QPV, 0, "Enfants vivant en QPV", "Children living in a QPV")}, 6},
    {"Territoire des collectifs agréés", "Where the approved collectifs are",
     {OWN(COLLECTIFS_AGREES_QPV, 0, "Collectifs en QPV", "Collectifs in a QPV"),
      OWN(COLLECTIFS_AGREES_REP, 0, "Collectifs d'écoles en REP", "Collectifs of REP schools"),
      OWN(COLLECTIFS_AGREES_REP_PLUS, 0, "Collectifs d'écoles en REP+", "Collectifs of REP+ schools"),
      OWN(COLLECTIFS_AGREES_ZONE_RURALE, 0, "Collectifs en zone rurale", "Collectifs in a rural area")}, 4},
    {"Dossiers : liens et bilan de l'année précédente", "Dossiers: links and the previous year's bilan",
     {OWN(DOSSIERS_LIEN_PEDT, 0, "Dossiers liés au PEDT", "Dossiers linked with the PEDT"),
      OWN(DOSSIERS_LIEN_PRE, 0, "Dossiers liés au PRE", "Dossiers linked with the PRE"),
      OWN(DOSSIERS_LIEN_REAAP, 0, "Dossiers liés au Reaap", "Dossiers linked with the Reaap"),
      OWN(DOSSIERS_BILAN_PRECEDENT_NON_DEPOSE, 0, "Dossiers sans le bilan précédent",
          "Dossiers without the previous bilan")}, 4},
    {"Montants", "Amounts",
     {LINE(MONTANT_DEMANDE, 0), LINE(MONTANT_ACCORDE, 0), LINE(MONTANT_ACCORDE_PS, 1), LINE(ACOMPTES_VERSES, 0)},
     4},
    {"Bonus", "Bonuses",
     {LINE(BONUS_ENFANTS_DEMANDES, 0), LINE(BONUS_ENFANTS_ACCORDES, 0), LINE(BONUS_ENFANTS_MONTANT, 1),
      LINE(BONUS_PARENTS_DEMANDES, 0), LINE(BONUS_PARENTS_ACCORDES, 0), LINE(BONUS_PARENTS_MONTANT, 1)}, 6},
    {"Après les bilans", "After the bilans",
     {LINE(BILANS, 0), LINE(DROIT_REEL, 0), LINE(SOLDES, 0), LINE(INDUS, 0),
      OWN(BILANS_FILLES, 0, "Filles accueillies", "Girls who attended"),
      OWN(BILANS_GARCONS, 0, "Garçons accueillis", "Boys who attended")}, 6},
};
#define NUM_SECTIONS (sizeof sections / sizeof sections[0])

static const char *line_label(const struct cli *cli, const struct stat_line *l)
{
    if (l->fr)
        return L(cli, l->fr, l->en);
    return stat_label(cli, l->k);
}

/* Whether a figure has its place in the sections; a figure the library
 * adds later is still shown, under "Autres chiffres". */
static int placed(clas_statistique k)
{
    for (size_t s = 0; s < NUM_SECTIONS; s++)
        for (size_t i = 0; i < sections[s].n; i++)
            if (sections[s].lines[i].k == k)
                return 1;
    return 0;
}

int stats_compute(clas_statistiques **out, const struct cli *cli, const struct document *doc)
{
    int st = clas_statistiques_new(out, doc->rapport, doc->campagne);
    return st == CLAS_OK ? EXIT_OK : cli_report_error(cli, doc->path, st);
}

static const char *format_value(char *buf, size_t size, const clas_statistiques *st, clas_statistique k,
                                const struct cli *cli)
{
    int64_t v = clas_statistiques_get(st, k);
    clas_unite u = clas_statistique_unite(k);
    if (u == CLAS_UNITE_CENTS)
        return cli_money(buf, size, v, cli->lang);
    if (u == CLAS_UNITE_TAUX)
        snprintf(buf, size, "%" PRId64 "%s%" PRId64 " %%", v / 10000, cli->lang == CLAS_LANG_EN ? "." : ",",
                 v % 10000 / 1000);
    else
        snprintf(buf, size, "%" PRId64, v);
    return buf;
}

int stats_sheet(struct sheet *s, const struct cli *cli, const clas_statistiques *now, const clas_statistiques *before,
                const struct document *doc, const struct document *prev)
{
    const char *head[4] = {"statistique", "libelle", "valeur", "annee_precedente"};
    if (!sheet_table(s, L(cli, "Statistiques", "Statistics"), head, before ? 4 : 3))
        return 0;
    sheet_width(s, 1, 40);
    for (int i = 0; i < CLAS_STAT_COUNT; i++) {
        clas_statistique k = (clas_statistique)i;
        sheet_text(s, clas_statistique_name(k));
        sheet_text(s, stat_label(cli, k));
        for (int y = 0; y < (before ? 2 : 1); y++) {
            int64_t v = clas_statistiques_get(y ? before : now, k);
            if (clas_statistique_unite(k) == CLAS_UNITE_CENTS)
                sheet_money(s, v);
            else if (clas_statistique_unite(k) == CLAS_UNITE_TAUX)
                sheet_rate(s, v);
            else
                sheet_int(s, v);
        }
        sheet_end_row(s);
    }
    /* the committee's exceptions, counted by the tool: the dossiers that have one */
    sheet_text(s, "derogations");
    sheet_text(s, L(cli, "Dossiers avec une dérogation du comité", "Dossiers with a committee exception"));
    sheet_int(s, (int64_t)stats_derogations(doc));
    if (before)
        sheet_int(s, prev ? (int64_t)stats_derogations(prev) : 0);
    sheet_end_row(s);
    return 1;
}

static void html_row(FILE *out, const struct cli *cli, const clas_statistiques *st, clas_statistique k, int detail,
                     const char *text)
{
    char buf[CLI_MONEY_BUF];
    fprintf(out, "<tr><td>%s%s</td><td class=\"n\">%s</td></tr>\n", detail ? "&nbsp;&nbsp;&nbsp;" : "", text,
            format_value(buf, sizeof buf, st, k, cli));
}

void stats_html(FILE *out, const struct cli *cli, const clas_statistiques *st)
{
    fprintf(out, "<table id=\"statistiques\"><tr><th>%s</th><th>%s</th></tr>\n", L(cli, "Statistique", "Figure"),
            L(cli, "Valeur", "Value"));
    for (size_t s = 0; s < NUM_SECTIONS; s++) {
        fprintf(out, "<tr class=\"section\"><th colspan=\"2\">%s</th></tr>\n", L(cli, sections[s].fr, sections[s].en));
        for (size_t i = 0; i < sections[s].n; i++)
            html_row(out, cli, st, sections[s].lines[i].k, sections[s].lines[i].detail,
                     line_label(cli, &sections[s].lines[i]));
    }
    for (int i = 0; i < CLAS_STAT_COUNT; i++)
        if (!placed((clas_statistique)i))
            html_row(out, cli, st, (clas_statistique)i, 0, stat_label(cli, (clas_statistique)i));
    fputs("</table>\n", out);
}

static json_t *derogations_json(const struct document *doc)
{
    json_t *all = json_array();
    for (size_t d = 0; all && d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        json_t *one = derogation_count(ev) ? derogation_json(ev) : NULL;
        size_t i;
        json_t *o;
        json_array_foreach(one, i, o) {
            json_t *row = json_pack("{s:s}", "dossier", clas_evaluation_get_dossier_id(ev));
            if (row && json_object_update(row, o) == 0)
                json_array_append(all, row);
            json_decref(row);
        }
        json_decref(one);
    }
    return all;
}

/* The clas-statistiques/1 document, marked when the rules are a
 * simulation, with the committee's exceptions of the campaign. */
static int stats_json(const struct cli *cli, const clas_statistiques *now, const clas_statistiques *before,
                      const struct document *doc)
{
    char *text = NULL;
    int st = clas_statistiques_to_json(&text, now, before, 0);
    json_t *root = st == CLAS_OK ? json_loads(text, 0, NULL) : NULL;
    char *out = NULL;
    clas_free(text);
    if (root && json_object_set_new(root, "simulation", json_boolean(cli->regles_path != NULL)) == 0 &&
        json_object_set_new(root, "derogations", derogations_json(doc)) == 0)
        out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (!out)
        return EXIT_INTERNAL;
    fprintf(cli->out, "%s\n", out);
    free(out);
    return EXIT_OK;
}

static void text_row(struct table *t, const struct cli *cli, const clas_statistiques *now,
                     const clas_statistiques *before, clas_statistique k, int detail, const char *text)
{
    char a[CLI_MONEY_BUF], b[CLI_MONEY_BUF], name[160];
    snprintf(name, sizeof name, "%s%s", detail ? "    " : "  ", text);
    const char *row[3] = {name, format_value(a, sizeof a, now, k, cli),
                          before ? format_value(b, sizeof b, before, k, cli) : ""};
    table_add_row(t, row);
}

/* The figures section by section, as the CAF presents them to the
 * committee: a heading, then the figures, their details indented. */
static int stats_text(const struct cli *cli, const struct document *doc, const clas_statistiques *now,
                      const clas_statistiques *before, const struct document *prev)
{
    struct table *t = table_new(before ? 3 : 2);
    const char *head[3] = {"", L(cli, "Valeur", "Value"), L(cli, "Année précédente", "Previous year")};
    size_t others = 0;
    if (!t)
        return EXIT_INTERNAL;
    table_set_align(t, 1, ALIGN_RIGHT);
    table_set_align(t, 2, ALIGN_RIGHT);
    table_add_row(t, head);
    for (size_t s = 0; s < NUM_SECTIONS; s++) {
        if (s > 0)
            table_add_heading(t, ""); /* a blank line between sections */
        table_add_heading(t, L(cli, sections[s].fr, sections[s].en));
        for (size_t i = 0; i < sections[s].n; i++)
            text_row(t, cli, now, before, sections[s].lines[i].k, sections[s].lines[i].detail,
                     line_label(cli, &sections[s].lines[i]));
    }
    for (int i = 0; i < CLAS_STAT_COUNT; i++) {
        if (placed((clas_statistique)i))
            continue;
        if (others++ == 0) {
            table_add_heading(t, "");
            table_add_heading(t, L(cli, "Autres chiffres", "Other figures"));
        }
        text_row(t, cli, now, before, (clas_statistique)i, 0, stat_label(cli, (clas_statistique)i));
    }
    {
        char a[32], b[32];
        const char *row[3] = {L(cli, "  Dossiers avec une dérogation", "  Dossiers with an exception"), a, b};
        snprintf(a, sizeof a, "%zu", stats_derogations(doc));
        snprintf(b, sizeof b, "%zu", prev ? stats_derogations(prev) : 0);
        table_add_heading(t, "");
        table_add_heading(t, L(cli, "Dérogations du comité", "Committee exceptions"));
        table_add_row(t, row);
    }
    fprintf(cli->out, L(cli, "Statistiques du département %s, %s\n", "Statistics of department %s, %s\n"),
            clas_campagne_get_departement(doc->campagne), clas_campagne_get_annee_scolaire(doc->campagne));
    if (cli->regles_path)
        fprintf(cli->out, L(cli, "SIMULATION : règles remplacées par %s\n", "SIMULATION: rules replaced by %s\n"),
                cli->regles_path);
    fputc('\n', cli->out);
    table_print(t, cli->out, "");
    table_free(t);
    derogation_print_section(cli, cli->out, doc, L(cli, "Motifs des dérogations", "Reasons for the exceptions"));
    return EXIT_OK;
}

int cmd_stats(const struct cli *cli)
{
    struct document doc, prev;
    clas_statistiques *now = NULL, *before = NULL;
    int have_prev = 0;
    int rc = document_load_campaign(&doc, cli, cli->files[0], NULL);
    if (rc != EXIT_OK)
        return rc;
    rc = stats_compute(&now, cli, &doc);
    if (rc == EXIT_OK && cli->precedente) {
        rc = document_load_campaign(&prev, cli, cli->precedente, NULL);
        if (rc == EXIT_OK) {
            have_prev = 1;
            rc = stats_compute(&before, cli, &prev);
        }
    }
    if (rc == EXIT_OK && cli->format == FORMAT_TEXT) {
        rc = stats_text(cli, &doc, now, before, have_prev ? &prev : NULL);
    } else if (rc == EXIT_OK && cli->format == FORMAT_JSON) {
        rc = stats_json(cli, now, before, &doc);
    } else if (rc == EXIT_OK) {
        struct sheet *s = sheet_new(cli);
        rc = s ? EXIT_OK : EXIT_INTERNAL;
        if (s) {
            stats_sheet(s, cli, now, before, &doc, have_prev ? &prev : NULL);
            sheets_derogations(s, cli, &doc);
            rc = sheet_close(s);
        }
    }
    clas_statistiques_free(now);
    clas_statistiques_free(before);
    if (have_prev)
        document_free(&prev);
    document_free(&doc);
    return cli_finish_output(cli, rc);
}

const char *const help_stats[2] = {
    "Usage : clas stats CAMPAGNE [--precedente CAMPAGNE]\n"
    "                  [--format text|json|csv|xlsx]\n"
    "\n"
    "Statistiques du département : porteurs par type, collectifs (éligibles,\n"
    "agréés, refusés, en attente), taux d'agrément, enfants par cycle, montants\n"
    "demandés, accordés, versés en acompte et réglés après bilan, bonus par type,\n"
    "territoire (QPV, REP, REP+, zone rurale), liens PEDT PRE Reaap, dossiers avec\n"
    "une dérogation du comité et ses motifs ; avec --precedente, celles de l'année\n"
    "précédente à côté. Le texte les présente par section, sur 80 colonnes.\n",
    "Usage: clas stats CAMPAIGN [--precedente CAMPAIGN]\n"
    "                  [--format text|json|csv|xlsx]\n"
    "\n"
    "The department's figures: porteurs by type, collectifs (eligible, approved,\n"
    "refused, pending), approval rate, children by cycle, amounts requested,\n"
    "granted, advanced and settled after the bilans, bonuses by kind, territory\n"
    "(QPV, REP, REP+, rural area), PEDT PRE Reaap links, dossiers with a\n"
    "committee exception and its reasons; with --precedente, the previous year's\n"
    "beside them. The text shows them section by section, in 80 columns.\n",
};
