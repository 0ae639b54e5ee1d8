/* SPDX-License-Identifier: Apache-2.0 */
/* The tables compute and report write for spreadsheets (CSV and xlsx):
 * one row per collectif with every amount of its year, then, in a
 * workbook, the department totals, the constats, the statistics and the
 * committee's exceptions. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "derogation.h"
#include "sheet.h"
#include "sheets.h"
#include "stats.h"

/* Amount columns, in the order of the header below. */
static const clas_montant montants[] = {
    CLAS_MONTANT_DEPENSES, CLAS_MONTANT_BASE, CLAS_MONTANT_PS, CLAS_MONTANT_BONUS_ENFANTS_DEMANDE,
    CLAS_MONTANT_BONUS_PARENTS_DEMANDE, CLAS_MONTANT_BONUS_ENFANTS, CLAS_MONTANT_BONUS_PARENTS, CLAS_MONTANT_TOTAL,
    CLAS_MONTANT_ACOMPTE, CLAS_MONTANT_ACOMPTES_VERSES, CLAS_MONTANT_DEPENSES_REELLES, CLAS_MONTANT_PS_REELLE,
    CLAS_MONTANT_DROIT_REEL, CLAS_MONTANT_REGULARISATION,
};
#define NUM_MONTANTS (sizeof montants / sizeof montants[0])

static const char *const head_before[] = {"fichier", "dossier", "porteur", "porteur_type", "annee_scolaire",
                                          "collectif", "nom", "verdict", "decision", "statut", "motif",
                                          "derogations", "nb_enfants"};
#define NUM_BEFORE (sizeof head_before / sizeof head_before[0])
static const char *const head_after[] = {"solde", "indu", "bilan", "provisoire", "simulation"};
#define NUM_AFTER (sizeof head_after / sizeof head_after[0])

/* The committee's exceptions of the evaluated dossier, one cell. */
static void derogations_cell(struct sheet *s, const clas_evaluation *ev)
{
    char *text = derogation_cell(ev);
    sheet_text(s, text ? text : "?");
    free(text);
}

int sheets_collectif_table(struct sheet *s, const struct cli *cli, const char *name, int with_file)
{
    const char *head[NUM_BEFORE + NUM_MONTANTS + NUM_AFTER];
    size_t n = 0;
    for (size_t k = with_file ? 0 : 1; k < NUM_BEFORE; k++)
        head[n++] = head_before[k];
    for (size_t k = 0; k < NUM_MONTANTS; k++)
        head[n++] = clas_montant_name(montants[k]);
    for (size_t k = 0; k < NUM_AFTER; k++)
        head[n++] = head_after[k];
    (void)cli;
    if (!sheet_table(s, name, head, n))
        return 0;
    sheet_width(s, with_file ? 2 : 1, 40);
    sheet_width(s, with_file ? 6 : 5, 36);
    return 1;
}

void sheets_collectif_rows(struct sheet *s, const struct cli *cli, const struct document *doc, int with_file)
{
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dossier = document_dossier(doc, d);
        const clas_porteur *p = dossier ? clas_dossier_get_porteur_const(dossier) : NULL;
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            const clas_collectif *c = dossier ? clas_dossier_get_collectif_const(dossier, i) : NULL;
            clas_cents reg = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION);
            if (with_file)
                sheet_text(s, doc->path);
            sheet_text(s, clas_evaluation_get_dossier_id(ev));
            sheet_text(s, p ? clas_porteur_get_nom(p) : "");
            sheet_text(s, p ? clas_porteur_type_name(clas_porteur_get_type(p)) : "");
            sheet_text(s, clas_evaluation_get_annee_scolaire(ev));
            sheet_text(s, clas_evaluation_get_collectif_id(ev, i));
            sheet_text(s, c ? clas_collectif_get_nom(c) : "");
            sheet_text(s, clas_verdict_name(clas_evaluation_get_collectif_verdict(ev, i)));
            sheet_text(s, clas_decision_name(clas_evaluation_get_collectif_decision(ev, i)));
            sheet_text(s, clas_statut_name(clas_evaluation_get_collectif_statut(ev, i)));
            sheet_text(s, c ? clas_collectif_get_decision_motif(c) : "");
            derogations_cell(s, ev);
            sheet_int(s, c ? clas_collectif_get(c, CLAS_CHAMP_NB_ENFANTS) : 0);
            for (size_t m = 0; m < NUM_MONTANTS; m++)
                sheet_money(s, clas_evaluation_get_montant(ev, i, montants[m]));
            sheet_money(s, reg > 0 ? reg : 0);
            sheet_money(s, reg < 0 ? -reg : 0);
            sheet_int(s, clas_evaluation_has_bilan(ev, i));
            sheet_int(s, clas_evaluation_is_provisional(ev));
            sheet_int(s, cli->regles_path != NULL);
            sheet_end_row(s);
        }
    }
}

/* Severity, code, message, rule and place of every constat but info. */
static void constat_rows(struct sheet *s, const struct cli *cli, const clas_evaluation *ev)
{
    size_t n = clas_evaluation_num_constats(ev);
    for (size_t k = 0; k < n; k++) {
        const clas_constat *c = clas_evaluation_get_constat(ev, k);
        char msg[1024];
        if (!c || clas_constat_get_severity(c) == CLAS_SEVERITY_INFO)
            continue;
        if (clas_constat_format_message(msg, sizeof msg, c, cli->lang) < 0)
            msg[0] = '\0';
        sheet_text(s, clas_evaluation_get_dossier_id(ev));
        sheet_text(s, clas_constat_get_collectif_id(c));
        sheet_text(s, clas_severity_name(clas_constat_get_severity(c)));
        sheet_text(s, clas_code_name(clas_constat_get_code(c)));
        sheet_text(s, clas_regle_id(clas_constat_get_regle(c)));
        sheet_text(s, clas_constat_get_champ(c));
        sheet_text(s, msg);
        sheet_end_row(s);
    }
}

void sheets_derogations(struct sheet *s, const struct cli *cli, const struct document *doc)
{
    static const char *const head[] = {"dossier", "porteur", "regle", "date", "motif"};
    if (!sheet_table(s, L(cli, "Dérogations", "Exceptions"), head, 5))
        return;
    sheet_width(s, 1, 40);
    sheet_width(s, 4, 80);
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        for (int r = derogation_next(ev, 0); r < CLAS_REGLE_COUNT; r = derogation_next(ev, r + 1)) {
            const char *motif = clas_evaluation_get_derogation_motif(ev, (clas_regle)r);
            sheet_text(s, clas_evaluation_get_dossier_id(ev));
            sheet_text(s, dos ? clas_porteur_get_nom(clas_dossier_get_porteur_const(dos)) : "");
            sheet_text(s, clas_regle_id((clas_regle)r));
            sheet_text(s, clas_evaluation_get_derogation_date(ev, (clas_regle)r));
            sheet_text(s, motif);
            sheet_end_row(s);
        }
    }
}

int sheets_report(struct sheet *s, const struct cli *cli, const struct document *doc)
{
    static const char *const totals_head[] = {"total", "libelle", "valeur"};
    static const char *const constats_head[] = {"dossier", "collectif", "severity", "code", "regle", "champ",
                                                "message"};
    if (sheets_collectif_table(s, cli, L(cli, "Collectifs", "Collectifs"), 0))
        sheets_collectif_rows(s, cli, doc, 0);
    if (sheet_table(s, L(cli, "Totaux", "Totals"), totals_head, 3)) {
        sheet_width(s, 1, 40);
        for (int k = 0; k < CLAS_TOTAL_COUNT; k++) {
            int64_t v = clas_rapport_get_total(doc->rapport, (clas_rapport_total)k);
            sheet_text(s, clas_rapport_total_name((clas_rapport_total)k));
            sheet_text(s, label(cli->lang, CLAS_LABEL_TOTAL, k));
            if (k >= CLAS_TOTAL_PS)
                sheet_money(s, v);
            else
                sheet_int(s, v);
            sheet_end_row(s);
        }
    }
    if (sheet_table(s, L(cli, "Constats", "Findings"), constats_head, 7)) {
        sheet_width(s, 6, 90);
        for (size_t d = 0; d < document_num_dossiers(doc); d++)
            constat_rows(s, cli, document_evaluation(doc, d));
    }
    {
        clas_statistiques *st = NULL;
        int rc = stats_compute(&st, cli, doc);
        if (rc != EXIT_OK)
            return rc;
        stats_sheet(s, cli, st, NULL, doc, NULL);
        clas_statistiques_free(st);
    }
    sheets_derogations(s, cli, doc);
    return EXIT_OK;
}
