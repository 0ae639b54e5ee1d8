/* SPDX-License-Identifier: Apache-2.0 */
/* clas acompte CAMPAGNE [--taux P] [--verser]: the advances of the year.
 * The rate is the cadre's (the department's choice, [U] nationally):
 * --taux records it in the campaign's own cadre. Each funded collectif's
 * advance is that rate of its granted amount (Ps + bonuses granted),
 * rounded like the barème rounds the Ps. --verser records them as paid. */
#include <stdlib.h>
#include <string.h>

#include "sheet.h"
#include "table.h"
#include "year.h"

/* Sets every unpaid funded collectif's acomptes_verses to its advance. */
static size_t record_paid(const struct cli *cli, struct document *doc)
{
    size_t paid = 0;
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        clas_dossier *dos = clas_campagne_get_dossier(doc->campagne, d);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            clas_cents due = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTE);
            clas_collectif *c = clas_dossier_get_collectif(dos, i);
            if (due <= 0 || !c || clas_evaluation_get_collectif_statut(ev, i) != CLAS_STATUT_AGREE)
                continue;
            if (clas_collectif_get_acomptes_verses(c) != 0) {
                char a[CLI_MONEY_BUF];
                fprintf(cli->err, L(cli, "clas: %s/%s : acompte déjà enregistré (%s), inchangé\n",
                                    "clas: %s/%s: advance already recorded (%s), unchanged\n"),
                        clas_dossier_get_id(dos), clas_collectif_get_id(c),
                        cli_money(a, sizeof a, clas_collectif_get_acomptes_verses(c), cli->lang));
                continue;
            }
            if (clas_collectif_set_acomptes_verses(c, due) == CLAS_OK)
                paid++;
        }
    }
    return paid;
}

static int advances_table(const struct cli *cli, const struct document *doc, int64_t taux)
{
    static const char *const head[] = {"dossier", "porteur", "collectif", "decision", "total", "taux_acompte",
                                       "acompte", "acomptes_verses"};
    struct sheet *s;
    if (cli->format == FORMAT_TEXT) {
        struct table *t = table_new(5);
        const char *h[5] = {L(cli, "Collectif", "Collectif"), tr(cli->lang, MSG_STATUT),
                            L(cli, "Montant accordé", "Granted"), label(cli->lang, CLAS_LABEL_MONTANT, CLAS_MONTANT_ACOMPTE),
                            L(cli, "Déjà versé", "Paid")};
        clas_cents sum = 0;
        char pct[32];
        if (!t)
            return EXIT_INTERNAL;
        for (size_t c = 2; c < 5; c++)
            table_set_align(t, c, ALIGN_RIGHT);
        table_add_row(t, h);
        for (size_t d = 0; d < document_num_dossiers(doc); d++) {
            const clas_evaluation *ev = document_evaluation(doc, d);
            const clas_dossier *dos = document_dossier(doc, d);
            for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
                char id[2 * CLAS_ID_MAX + 2], m[3][CLI_MONEY_BUF];
                const clas_collectif *c = clas_dossier_get_collectif_const(dos, i);
                const char *row[5] = {id, label(cli->lang, CLAS_LABEL_STATUT, (int)clas_evaluation_get_collectif_statut(ev, i)),
                                      m[0], m[1], m[2]};
                snprintf(id, sizeof id, "%s/%s", clas_evaluation_get_dossier_id(ev),
                         clas_evaluation_get_collectif_id(ev, i));
                cli_money(m[0], sizeof m[0], clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL), cli->lang);
                cli_money(m[1], sizeof m[1], clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTE), cli->lang);
                cli_money(m[2], sizeof m[2], clas_collectif_get_acomptes_verses(c), cli->lang);
                sum += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTE);
                table_add_row(t, row);
            }
        }
        snprintf(pct, sizeof pct, "%lld,%02lld %%", (long long)(taux / 10000), (long long)(taux % 10000 / 100));
        fprintf(cli->out, L(cli, "Acomptes au taux de %s du montant accordé (cadre de la campagne)\n\n",
                            "Advances at %s of the granted amount (the campaign's cadre)\n\n"),
                pct);
        table_print(t, cli->out, "");
        table_free(t);
        {
            char m[CLI_MONEY_BUF];
            fprintf(cli->out, "\n%s%s %s\n", L(cli, "Total des acomptes", "Total advances"), colon(cli->lang),
                    cli_money(m, sizeof m, sum, cli->lang));
        }
        return EXIT_OK;
    }
    s = sheet_new(cli);
    if (!s)
        return EXIT_INTERNAL;
    sheet_table(s, L(cli, "Acomptes", "Advances"), head, sizeof head / sizeof head[0]);
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            const clas_collectif *c = clas_dossier_get_collectif_const(dos, i);
            sheet_text(s, clas_evaluation_get_dossier_id(ev));
            sheet_text(s, clas_porteur_get_nom(clas_dossier_get_porteur_const(dos)));
            sheet_text(s, clas_evaluation_get_collectif_id(ev, i));
            sheet_text(s, clas_decision_name(clas_evaluation_get_collectif_decision(ev, i)));
            sheet_money(s, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL));
            sheet_rate(s, taux);
            sheet_money(s, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTE));
            sheet_money(s, clas_collectif_get_acomptes_verses(c));
            sheet_end_row(s);
        }
    }
    return sheet_close(s);
}

int cmd_acompte(const struct cli *cli)
{
    struct document doc;
    clas_cadre *cadre;
    int64_t taux;
    int rc = document_load_campaign(&doc, cli, cli->files[0], NULL);
    if (rc != EXIT_OK)
        return rc;
    cadre = year_own_cadre(cli, &doc);
    if (!cadre) {
        document_free(&doc);
        return EXIT_INPUT;
    }
    if (cli->taux) {
        const char *why;
        if (parse_taux(&taux, cli->taux, &why, cli) != 0) {
            fprintf(cli->err, "clas: --taux %s: %s\n", cli->taux, why);
            clas_cadre_free(cadre);
            document_free(&doc);
            return EXIT_USAGE;
        }
        clas_cadre_set_seuil(cadre, CLAS_SEUIL_TAUX_ACOMPTE, taux);
    }
    taux = clas_cadre_get_seuil(cadre, CLAS_SEUIL_TAUX_ACOMPTE);
    if (taux == 0) {
        fprintf(cli->err, "clas: %s: %s\n", doc.path,
                L(cli, "le cadre ne fixe pas de taux d'acompte : donnez celui du département avec --taux (par "
                       "exemple --taux 70)",
                  "the cadre sets no advance rate: give the department's with --taux (for example --taux 70)"));
        clas_cadre_free(cadre);
        document_free(&doc);
        return EXIT_INPUT;
    }
    rc = year_set_cadre(cli, &doc, cadre);
    if (rc == EXIT_OK)
        rc = year_reevaluate(cli, &doc);
    if (rc == EXIT_OK && cli->verser) {
        size_t paid = record_paid(cli, &doc);
        fprintf(cli->err, L(cli, "clas: %zu acompte(s) enregistré(s) comme versé(s)\n",
                            "clas: %zu advance(s) recorded as paid\n"),
                paid);
        rc = year_reevaluate(cli, &doc);
    }
    if (rc == EXIT_OK)
        rc = cli->format == FORMAT_JSON ? year_write_campaign(cli, &doc) : advances_table(cli, &doc, taux);
    document_free(&doc);
    return rc;
}

const char *const help_acompte[2] = {
    "Usage : clas acompte CAMPAGNE [--taux P] [--verser]\n"
    "                    [--format json|text|csv|xlsx] -o NOUVELLE\n"
    "\n"
    "Calcule l'acompte de chaque collectif agréé : le taux d'acompte du cadre\n"
    "appliqué au montant accordé (Ps + bonus accordés), arrondi comme le barème\n"
    "arrondit la Ps. Le Clas n'a pas de taux national : --taux 70 enregistre celui\n"
    "du département dans le cadre de la campagne. --verser enregistre les acomptes\n"
    "comme versés (acomptes_verses), sauf là où un versement est déjà inscrit.\n"
    "Écrit la campagne (json, défaut) ou le tableau des acomptes (text, csv, xlsx).\n",
    "Usage: clas acompte CAMPAIGN [--taux P] [--verser]\n"
    "                    [--format json|text|csv|xlsx] -o NEW\n"
    "\n"
    "Computes each approved collectif's advance: the cadre's advance rate applied to\n"
    "the granted amount (Ps + bonuses granted), rounded as the barème rounds the\n"
    "Ps. The Clas has no national rate: --taux 70 records the department's in the\n"
    "campaign's cadre. --verser records the advances as paid (acomptes_verses),\n"
    "except where a payment is already recorded. Writes the campaign (json, the\n"
    "default) or the table of advances (text, csv, xlsx).\n",
};
