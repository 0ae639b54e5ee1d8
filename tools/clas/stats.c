/* SPDX-License-Identifier: Apache-2.0 */
/* clas stats CAMPAGNE [--precedente CAMPAGNE]: the department's figures
 * (domain.md §2.8): porteurs by type, collectifs and their outcome,
 * children by cycle, approval rate, amounts requested, granted, advanced
 * and settled, bonuses by kind; beside the previous year's when given. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "sheet.h"
#include "stats.h"
#include "table.h"

enum unit { U_COUNT, U_CENTS, U_RATE };

struct stat_def {
    const char *key, *fr, *en;
    enum unit unit;
};

enum {
    S_PORTEURS, S_PT_CS, S_PT_AL, S_PT_AR, S_PT_SM, S_PT_CCAS, S_PT_AUTRE, S_COLLECTIFS, S_ELIGIBLES, S_AGREES,
    S_REFUSES, S_ATTENTE, S_TAUX, S_ENFANTS, S_PRIMAIRE, S_COLLEGE, S_LYCEE, S_MIXTE, S_DEMANDE, S_ACCORDE,
    S_PS, S_BE_DEM, S_BE_ACC, S_BE_MT, S_BP_DEM, S_BP_ACC, S_BP_MT, S_ACOMPTES, S_BILANS, S_DROIT_REEL, S_SOLDES,
    S_INDUS, S_AG_QPV, S_AG_REP, S_AG_REP_PLUS, S_AG_RURAL, S_EN_QPV, S_D_PEDT, S_D_PRE, S_D_REAAP, S_D_N1_NON,
    S_BIL_FILLES, S_BIL_GARCONS, NUM_STATS
};
_Static_assert(NUM_STATS == STATS_COUNT, "stats.h");

static const struct stat_def defs[NUM_STATS] = {
    {"porteurs", "Porteurs", "Organisations", U_COUNT},
    {"porteurs.centre_social", "  centres sociaux", "  social centres", U_COUNT},
    {"porteurs.association_locale", "  associations locales", "  local associations", U_COUNT},
    {"porteurs.association_reseau", "  associations en réseau", "  network associations", U_COUNT},
    {"porteurs.service_municipal", "  services municipaux", "  municipal services", U_COUNT},
    {"porteurs.ccas", "  CCAS", "  CCAS", U_COUNT},
    {"porteurs.autre", "  autres", "  other", U_COUNT},
    {"collectifs", "Collectifs", "Groups", U_COUNT},
    {"collectifs.eligibles", "  éligibles", "  eligible", U_COUNT},
    {"collectifs.agrees", "  agréés", "  approved", U_COUNT},
    {"collectifs.refuses", "  refusés", "  refused", U_COUNT},
    {"collectifs.en_attente", "  en attente", "  pending", U_COUNT},
    {"taux_agrement", "Taux d'agrément", "Approval rate", U_RATE},
    {"enfants", "Enfants (collectifs agréés)", "Children (approved groups)", U_COUNT},
    {"enfants.primaire", "  primaire (CP-CM2)", "  primary (CP-CM2)", U_COUNT},
    {"enfants.college", "  collège (6e-3e)", "  lower secondary (6e-3e)", U_COUNT},
    {"enfants.lycee", "  lycée (2nde-Terminale)", "  upper secondary", U_COUNT},
    {"enfants.mixte", "  collectifs de plusieurs cycles", "  groups across cycles", U_COUNT},
    {"montant.demande", "Montant demandé (Ps et bonus)", "Amount requested (Ps and bonuses)", U_CENTS},
    {"montant.accorde", "Montant accordé", "Amount granted", U_CENTS},
    {"montant.ps", "  dont Ps", "  of which Ps", U_CENTS},
    {"bonus_enfants.demandes", "Bonus enfants demandés", "Children bonuses requested", U_COUNT},
    {"bonus_enfants.accordes", "Bonus enfants accordés", "Children bonuses granted", U_COUNT},
    {"bonus_enfants.montant", "  montant", "  amount", U_CENTS},
    {"bonus_parents.demandes", "Bonus parents demandés", "Parents bonuses requested", U_COUNT},
    {"bonus_parents.accordes", "Bonus parents accordés", "Parents bonuses granted", U_COUNT},
    {"bonus_parents.montant", "  montant", "  amount", U_CENTS},
    {"acomptes_verses", "Acomptes versés", "Advances paid", U_CENTS},
    {"bilans", "Bilans reçus", "Bilans received", U_COUNT},
    {"droit_reel", "Droit réel (bilans reçus)", "Actual amount (bilans received)", U_CENTS},
    {"soldes", "Soldes à verser", "Balances to pay", U_CENTS},
    {"indus", "Indus à récupérer", "Overpayments to recover", U_CENTS},
    {"collectifs_agrees.qpv", "Collectifs agréés en QPV", "Approved groups in a QPV", U_COUNT},
    {"collectifs_agrees.rep", "  écoles en REP", "  schools in REP", U_COUNT},
    {"collectifs_agrees.rep_plus", "  écoles en REP+", "  schools in REP+", U_COUNT},
    {"collectifs_agrees.zone_rurale", "  en zone rurale", "  in a rural area", U_COUNT},
    {"enfants.qpv", "Enfants des collectifs agréés en QPV", "Children of approved groups in a QPV", U_COUNT},
    {"dossiers.lien_pedt", "Dossiers liés au PEDT", "Dossiers linked with the PEDT", U_COUNT},
    {"dossiers.lien_pre", "  au PRE", "  with the PRE", U_COUNT},
    {"dossiers.lien_reaap", "  au Reaap", "  with the Reaap", U_COUNT},
    {"dossiers.bilan_precedent_non_depose", "Dossiers sans le bilan de l'année précédente",
     "Dossiers without the previous year's bilan", U_COUNT},
    {"bilans.filles", "Bilans : filles accueillies", "Bilans: girls who attended", U_COUNT},
    {"bilans.garcons", "  garçons accueillis", "  boys who attended", U_COUNT},
};

static uint32_t cycle_mask(clas_niveau from, clas_niveau to)
{
    uint32_t m = 0;
    for (int n = (int)from; n <= (int)to; n++)
        m |= 1u << n;
    return m;
}

void stats_compute(int64_t *v, const struct document *doc)
{
    const uint32_t primaire = cycle_mask(CLAS_NIVEAU_CP, CLAS_NIVEAU_CM2);
    const uint32_t college = cycle_mask(CLAS_NIVEAU_6E, CLAS_NIVEAU_3E);
    const uint32_t lycee = cycle_mask(CLAS_NIVEAU_2NDE, CLAS_NIVEAU_TERMINALE);
    memset(v, 0, NUM_STATS * sizeof *v);
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        const clas_porteur *p = clas_dossier_get_porteur_const(dos);
        const clas_bareme *b = clas_evaluation_get_bareme(ev);
        int seen = 0;
        /* one porteur may file several dossiers: count it once */
        for (size_t k = 0; k < d && !seen; k++)
            seen = strcmp(clas_porteur_get_id(clas_dossier_get_porteur_const(document_dossier(doc, k))),
                          clas_porteur_get_id(p)) == 0;
        if (!seen) {
            v[S_PORTEURS]++;
            v[S_PT_CS + (int)clas_porteur_get_type(p)]++;
        }
        v[S_D_PEDT] += clas_dossier_get_lien(dos, CLAS_LIEN_PEDT);
        v[S_D_PRE] += clas_dossier_get_lien(dos, CLAS_LIEN_PRE);
        v[S_D_REAAP] += clas_dossier_get_lien(dos, CLAS_LIEN_REAAP);
        v[S_D_N1_NON] += clas_dossier_get_bilan_precedent(dos) == CLAS_BILAN_PRECEDENT_NON_DEPOSE;
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            const clas_collectif *c = clas_dossier_get_collectif_const(dos, i);
            int eligible = clas_evaluation_get_collectif_verdict(ev, i) == CLAS_VERDICT_ELIGIBLE;
            clas_decision dec = clas_collectif_get_decision(c);
            int agree = eligible && dec == CLAS_DECISION_AGREE;
            clas_cents calc = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS_CALCULEE);
            clas_cents ps_max = b ? clas_bareme_get_ps_max(b) : calc;
            clas_cents reg = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION);
            uint32_t lv = clas_collectif_get_niveaux(c);
            int64_t enfants = clas_collectif_get(c, CLAS_CHAMP_NB_ENFANTS);
            v[S_COLLECTIFS]++;
            v[S_ELIGIBLES] += eligible;
            v[S_AGREES] += agree;
            v[S_REFUSES] += dec == CLAS_DECISION_REFUSE;
            v[S_ATTENTE] += dec == CLAS_DECISION_EN_ATTENTE;
            if (agree) {
                int64_t ep = clas_collectif_get(c, CLAS_CHAMP_EDUCATION_PRIORITAIRE);
                v[S_AG_QPV] += clas_collectif_get(c, CLAS_CHAMP_QPV);
                v[S_EN_QPV] += clas_collectif_get(c, CLAS_CHAMP_QPV) ? enfants : 0;
                v[S_AG_REP] += ep == CLAS_EDUCATION_PRIORITAIRE_REP;
                v[S_AG_REP_PLUS] += ep == CLAS_EDUCATION_PRIORITAIRE_REP_PLUS;
                v[S_AG_RURAL] += clas_collectif_get(c, CLAS_CHAMP_ZONE_RURALE);
                v[S_ENFANTS] += enfants;
                if (lv && (lv & ~primaire) == 0)
                    v[S_PRIMAIRE] += enfants;
                else if (lv && (lv & ~college) == 0)
                    v[S_COLLEGE] += enfants;
                else if (lv && (lv & ~lycee) == 0)
                    v[S_LYCEE] += enfants;
                else
                    v[S_MIXTE]++;
            }
            v[S_DEMANDE] += (calc < ps_max ? calc : ps_max) +
                            clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS_DEMANDE) +
                            clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS_DEMANDE);
            if (agree) {
                v[S_ACCORDE] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL);
                v[S_PS] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS);
            }
            v[S_BE_DEM] += clas_collectif_get_bonus_demande(c, CLAS_BONUS_ENFANTS);
            v[S_BP_DEM] += clas_collectif_get_bonus_demande(c, CLAS_BONUS_PARENTS);
            v[S_BE_ACC] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS) > 0;
            v[S_BP_ACC] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS) > 0;
            v[S_BE_MT] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS);
            v[S_BP_MT] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS);
            v[S_ACOMPTES] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES);
            if (clas_evaluation_has_bilan(ev, i)) {
                v[S_BILANS]++;
                v[S_BIL_FILLES] += clas_collectif_get_bilan(c, CLAS_BILAN_NB_FILLES);
                v[S_BIL_GARCONS] += clas_collectif_get_bilan(c, CLAS_BILAN_NB_GARCONS);
                v[S_DROIT_REEL] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DROIT_REEL);
                v[S_SOLDES] += reg > 0 ? reg : 0;
                v[S_INDUS] += reg < 0 ? -reg : 0;
            }
        }
    }
    /* approval rate in millionths, exact to the millionth (rounded down) */
    v[S_TAUX] = v[S_COLLECTIFS] ? v[S_AGREES] * CLAS_TAUX_UN / v[S_COLLECTIFS] : 0;
}

static const char *format_value(char *buf, size_t size, int64_t v, enum unit u, const struct cli *cli)
{
    if (u == U_CENTS)
        return cli_money(buf, size, v, cli->lang);
    if (u == U_RATE)
        snprintf(buf, size, "%" PRId64 "%s%" PRId64 " %%", v / 10000, cli->lang == CLAS_LANG_EN ? "." : ",",
                 v % 10000 / 1000);
    else
        snprintf(buf, size, "%" PRId64, v);
    return buf;
}

int stats_sheet(struct sheet *s, const struct cli *cli, const int64_t *now, const int64_t *before)
{
    const char *head[4] = {"statistique", "libelle", "valeur", "annee_precedente"};
    if (!sheet_table(s, L(cli, "Statistiques", "Statistics"), head, before ? 4 : 3))
        return 0;
    sheet_width(s, 1, 40);
    for (int k = 0; k < NUM_STATS; k++) {
        sheet_text(s, defs[k].key);
        sheet_text(s, L(cli, defs[k].fr, defs[k].en) + (defs[k].fr[0] == ' ' ? 2 : 0));
        for (int y = 0; y < (before ? 2 : 1); y++) {
            int64_t v = y ? before[k] : now[k];
            if (defs[k].unit == U_CENTS)
                sheet_money(s, v);
            else if (defs[k].unit == U_RATE)
                sheet_rate(s, v);
            else
                sheet_int(s, v);
        }
        sheet_end_row(s);
    }
    return 1;
}

void stats_html(FILE *out, const struct cli *cli, const int64_t *v)
{
    fprintf(out, "<table id=\"statistiques\"><tr><th>%s</th><th>%s</th></tr>\n", L(cli, "Statistique", "Figure"),
            L(cli, "Valeur", "Value"));
    for (int k = 0; k < NUM_STATS; k++) {
        char buf[CLI_MONEY_BUF];
        const char *label = L(cli, defs[k].fr, defs[k].en);
        fprintf(out, "<tr><td>%s%s</td><td class=\"n\">%s</td></tr>\n", label[0] == ' ' ? "&nbsp;&nbsp;&nbsp;" : "",
                label + (label[0] == ' ' ? 2 : 0), format_value(buf, sizeof buf, v[k], defs[k].unit, cli));
    }
    fputs("</table>\n", out);
}

int cmd_stats(const struct cli *cli)
{
    struct document doc, prev;
    int64_t now[NUM_STATS], before[NUM_STATS];
    int rc = document_load_campaign(&doc, cli, cli->files[0], NULL), have_prev = 0;
    if (rc != EXIT_OK)
        return rc;
    stats_compute(now, &doc);
    if (cli->precedente) {
        rc = document_load_campaign(&prev, cli, cli->precedente, NULL);
        if (rc != EXIT_OK) {
            document_free(&doc);
            return rc;
        }
        stats_compute(before, &prev);
        document_free(&prev);
        have_prev = 1;
    }
    if (cli->format == FORMAT_TEXT) {
        struct table *t = table_new(have_prev ? 3 : 2);
        const char *head[3] = {clas_campagne_get_annee_scolaire(doc.campagne), L(cli, "Valeur", "Value"),
                               L(cli, "Année précédente", "Previous year")};
        if (!t) {
            document_free(&doc);
            return EXIT_INTERNAL;
        }
        table_set_align(t, 1, ALIGN_RIGHT);
        table_set_align(t, 2, ALIGN_RIGHT);
        head[0] = L(cli, "Statistique", "Figure");
        table_add_row(t, head);
        for (int k = 0; k < NUM_STATS; k++) {
            char a[CLI_MONEY_BUF], b[CLI_MONEY_BUF];
            const char *row[3] = {L(cli, defs[k].fr, defs[k].en), format_value(a, sizeof a, now[k], defs[k].unit, cli),
                                  have_prev ? format_value(b, sizeof b, before[k], defs[k].unit, cli) : ""};
            table_add_row(t, row);
        }
        fprintf(cli->out, L(cli, "Statistiques du département %s, %s\n", "Statistics of department %s, %s\n"),
                clas_campagne_get_departement(doc.campagne), clas_campagne_get_annee_scolaire(doc.campagne));
        if (cli->regles_path)
            fprintf(cli->out, L(cli, "SIMULATION : règles remplacées par %s\n", "SIMULATION: rules replaced by %s\n"),
                    cli->regles_path);
        fputc('\n', cli->out);
        table_print(t, cli->out, "");
        table_free(t);
    } else {
        struct sheet *s = sheet_new(cli);
        rc = s ? EXIT_OK : EXIT_INTERNAL;
        if (s) {
            stats_sheet(s, cli, now, have_prev ? before : NULL);
            rc = sheet_close(s);
        }
    }
    document_free(&doc);
    return rc;
}

const char *const help_stats[2] = {
    "Usage : clas stats CAMPAGNE [--precedente CAMPAGNE] [--format text|csv|xlsx]\n"
    "\n"
    "Statistiques du département : porteurs par type, collectifs (éligibles,\n"
    "agréés, refusés, en attente), taux d'agrément, enfants par cycle, montants\n"
    "demandés, accordés, versés en acompte et réglés après bilan, bonus par type,\n"
    "collectifs agréés par territoire (QPV, REP, REP+, zone rurale), dossiers liés\n"
    "au PEDT, au PRE, au Reaap, dossiers sans le bilan de l'année précédente,\n"
    "filles et garçons des bilans ; avec --precedente, celles de l'année\n"
    "précédente à côté.\n",
    "Usage: clas stats CAMPAIGN [--precedente CAMPAIGN] [--format text|csv|xlsx]\n"
    "\n"
    "The department's figures: organisations by type, groups (eligible, approved,\n"
    "refused, pending), approval rate, children by cycle, amounts requested,\n"
    "granted, advanced and settled after the bilans, bonuses by kind, approved\n"
    "groups by territory (QPV, REP, REP+, rural area), dossiers linked with the\n"
    "PEDT, the PRE, the Reaap, dossiers without the previous year's bilan, girls\n"
    "and boys of the bilans; with --precedente, the previous year's beside them.\n",
};
