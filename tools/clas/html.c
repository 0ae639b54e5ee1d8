/* SPDX-License-Identifier: Apache-2.0 */
/* clas report --format html: the committee's report as one self-contained,
 * printable page (no script, no external asset): summary, an SVG chart of
 * the amounts per porteur and one of the year's funnel, the table per
 * porteur and collectif, the constats needing attention, the committee's
 * exceptions, bonus projects and refusal reasons. */
#include <inttypes.h>
#include <string.h>

#include "cli.h"
#include "derogation.h"
#include "html.h"
#include "stats.h"

static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

static const char *eur(char *buf, clas_cents c, const struct cli *cli)
{
    return cli_money(buf, CLI_MONEY_BUF, c, cli->lang);
}

static const char style[] =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#1d2733;font-size:14px}"
    "h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #2b5d8c;padding-bottom:4px;"
    "margin-top:28px}.sub{color:#555}.banner{background:#fde7c8;border:2px solid #d9822b;padding:8px 12px;"
    "font-weight:bold;margin:12px 0}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}"
    ".card{border:1px solid #c9d3dd;border-radius:6px;padding:8px 12px;min-width:150px}"
    ".card b{display:block;font-size:18px}table{border-collapse:collapse;width:100%;margin:8px 0}"
    "th,td{border:1px solid #c9d3dd;padding:3px 6px;text-align:left;vertical-align:top}"
    "th{background:#e3ebf3}tr.section th{text-align:left;background:#f3f6f9}td.n{text-align:right;white-space:nowrap}tr.total td{font-weight:bold;"
    "background:#f1f4f7}.blocking{color:#a31515;font-weight:bold}.warning{color:#9a5b00}"
    "svg text{font-family:'DejaVu Sans',Arial,sans-serif}"
    "@media print{body{margin:0;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}"
    ".card{break-inside:avoid}}@page{size:A4;margin:12mm}";

struct porteur_sum {
    const char *nom;
    clas_cents total, ps, bonus;
};

static void chart_porteurs(const struct cli *cli, const struct document *doc)
{
    size_t n = document_num_dossiers(doc), bar = 22;
    clas_cents max = 1;
    char m[CLI_MONEY_BUF];
    for (size_t d = 0; d < n; d++) {
        clas_cents t = clas_evaluation_get_total(document_evaluation(doc, d), CLAS_MONTANT_TOTAL);
        if (t > max)
            max = t;
    }
    fprintf(cli->out, "<svg id=\"chart-porteurs\" role=\"img\" width=\"900\" height=\"%zu\" "
                      "viewBox=\"0 0 900 %zu\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>%s</title>\n",
            n * bar + 10, n * bar + 10, L(cli, "Montant accordé par porteur", "Amount granted per porteur"));
    for (size_t d = 0; d < n; d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        clas_cents ps = clas_evaluation_get_total(ev, CLAS_MONTANT_PS);
        clas_cents total = clas_evaluation_get_total(ev, CLAS_MONTANT_TOTAL);
        double wps = 390.0 * (double)ps / (double)max, wb = 390.0 * (double)(total - ps) / (double)max;
        size_t y = d * bar + 4;
        fprintf(cli->out, "<text x=\"400\" y=\"%zu\" text-anchor=\"end\" font-size=\"12\">", y + 14);
        esc(cli->out, clas_porteur_get_nom(clas_dossier_get_porteur_const(dos)));
        fprintf(cli->out, "</text><rect x=\"410\" y=\"%zu\" width=\"%.1f\" height=\"16\" fill=\"#2b5d8c\">"
                          "<title>Ps</title></rect>",
                y + 2, wps);
        fprintf(cli->out, "<rect x=\"%.1f\" y=\"%zu\" width=\"%.1f\" height=\"16\" fill=\"#6aa84f\"><title>Bonus"
                          "</title></rect>",
                410 + wps, y + 2, wb);
        fprintf(cli->out, "<text x=\"%.1f\" y=\"%zu\" font-size=\"12\">%s</text>\n", 416 + wps + wb, y + 14,
                eur(m, total, cli));
    }
    fputs("</svg>\n<p class=\"sub\"><svg width=\"12\" height=\"12\"><rect width=\"12\" height=\"12\" "
          "fill=\"#2b5d8c\"/></svg> Ps &nbsp; <svg width=\"12\" height=\"12\"><rect width=\"12\" height=\"12\" "
          "fill=\"#6aa84f\"/></svg> ",
          cli->out);
    fputs(L(cli, "bonus accordés</p>\n", "bonuses granted</p>\n"), cli->out);
}

/* requested -> eligible -> granted -> paid */
static void chart_funnel(const struct cli *cli, const struct document *doc, const clas_cents *steps)
{
    const char *labels[4] = {L(cli, "Demandé", "Requested"), L(cli, "Éligible", "Eligible"),
                             L(cli, "Accordé", "Granted"), L(cli, "Versé (acomptes)", "Paid (advances)")};
    static const char *const colors[4] = {"#9fb7cf", "#6f93b8", "#2b5d8c", "#6aa84f"};
    clas_cents max = steps[0] > 0 ? steps[0] : 1;
    char m[CLI_MONEY_BUF];
    (void)doc;
    fprintf(cli->out, "<svg id=\"chart-entonnoir\" role=\"img\" width=\"900\" height=\"190\" viewBox=\"0 0 900 190\" "
                      "xmlns=\"http://www.w3.org/2000/svg\">\n<title>%s</title>\n",
            L(cli, "L'année en entonnoir", "The year's funnel"));
    for (int k = 0; k < 4; k++) {
        double w = 600.0 * (double)steps[k] / (double)max;
        int y = 8 + k * 45;
        fprintf(cli->out, "<text x=\"140\" y=\"%d\" text-anchor=\"end\" font-size=\"13\">%s</text>", y + 22, labels[k]);
        fprintf(cli->out, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"34\" fill=\"%s\"/>", 150 + (600 - w) / 2,
                y, w, colors[k]);
        fprintf(cli->out, "<text x=\"760\" y=\"%d\" font-size=\"13\">%s</text>\n", y + 22, eur(m, steps[k], cli));
    }
    fputs("</svg>\n", cli->out);
}

static void card(const struct cli *cli, const char *label, const char *value)
{
    fputs("<div class=\"card\">", cli->out);
    esc(cli->out, label);
    fputs("<b>", cli->out);
    esc(cli->out, value);
    fputs("</b></div>\n", cli->out);
}

static void card_int(const struct cli *cli, const char *label, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRId64, v);
    card(cli, label, buf);
}

static void td_money(const struct cli *cli, clas_cents c)
{
    char m[CLI_MONEY_BUF];
    fprintf(cli->out, "<td class=\"n\">%s</td>", eur(m, c, cli));
}

static void td(const struct cli *cli, const char *text)
{
    fputs("<td>", cli->out);
    esc(cli->out, text);
    fputs("</td>", cli->out);
}

static void collectif_table(const struct cli *cli, const struct document *doc, const clas_cents *sum)
{
    fprintf(cli->out, "<table id=\"collectifs\"><tr><th>%s</th><th>%s</th><th>%s</th><th>Ps</th><th>%s</th><th>%s"
                      "</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
            L(cli, "Porteur", "Porteur"), L(cli, "Collectif", "Collectif"), L(cli, "Statut", "Status"),
            L(cli, "Bonus demandés", "Bonuses requested"), L(cli, "Bonus accordés", "Bonuses granted"),
            L(cli, "Total accordé", "Total granted"), label(cli->lang, CLAS_LABEL_MONTANT, CLAS_MONTANT_ACOMPTES_VERSES),
            label(cli->lang, CLAS_LABEL_MONTANT, CLAS_MONTANT_DROIT_REEL), L(cli, "Solde (+) / indu (−)", "Balance (+) / overpaid (−)"));
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            fputs("<tr>", cli->out);
            td(cli, i == 0 ? clas_porteur_get_nom(clas_dossier_get_porteur_const(dos)) : "");
            td(cli, clas_evaluation_get_collectif_id(ev, i));
            td(cli, label(cli->lang, CLAS_LABEL_STATUT, (int)clas_evaluation_get_collectif_statut(ev, i)));
            td_money(cli, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS));
            td_money(cli, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS_DEMANDE) +
                              clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS_DEMANDE));
            td_money(cli, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS) +
                              clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS));
            td_money(cli, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL));
            td_money(cli, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES));
            if (clas_evaluation_has_bilan(ev, i)) {
                td_money(cli, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DROIT_REEL));
                td_money(cli, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION));
            } else {
                fputs("<td></td><td></td>", cli->out);
            }
            fputs("</tr>\n", cli->out);
        }
    }
    fprintf(cli->out, "<tr class=\"total\"><td colspan=\"3\">%s</td>", tr(cli->lang, MSG_TOTAL));
    for (int k = 0; k < 7; k++)
        td_money(cli, sum[k]);
    fputs("</tr></table>\n", cli->out);
}

static void constats_section(const struct cli *cli, const struct document *doc)
{
    size_t shown = 0;
    fprintf(cli->out, "<h2>%s</h2>\n<table id=\"constats\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
            L(cli, "Constats à l'attention du comité", "Findings for the committee"), L(cli, "Collectif", "Collectif"),
            L(cli, "Sévérité", "Severity"), L(cli, "Code", "Code"), L(cli, "Message", "Message"));
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        for (size_t k = 0; k < clas_evaluation_num_constats(ev); k++) {
            const clas_constat *c = clas_evaluation_get_constat(ev, k);
            char msg[1024], id[2 * CLAS_ID_MAX + 2];
            clas_severity sev;
            if (!c || (sev = clas_constat_get_severity(c)) == CLAS_SEVERITY_INFO || sev == CLAS_SEVERITY_OFF)
                continue;
            if (clas_constat_format_message(msg, sizeof msg, c, cli->lang) < 0)
                msg[0] = '\0';
            snprintf(id, sizeof id, "%s%s%s", clas_evaluation_get_dossier_id(ev),
                     clas_constat_get_collectif_id(c)[0] ? "/" : "", clas_constat_get_collectif_id(c));
            fputs("<tr>", cli->out);
            td(cli, id);
            fprintf(cli->out, "<td class=\"%s\">", sev == CLAS_SEVERITY_BLOCKING ? "blocking" : "warning");
            esc(cli->out, label(cli->lang, CLAS_LABEL_SEVERITY, (int)sev));
            fputs("</td>", cli->out);
            td(cli, clas_code_name(clas_constat_get_code(c)));
            td(cli, msg);
            fputs("</tr>\n", cli->out);
            shown++;
        }
    }
    fputs("</table>\n", cli->out);
    if (!shown)
        fprintf(cli->out, "<p>%s</p>\n", L(cli, "Aucun constat.", "No finding."));
}

/* The committee's exceptions, per dossier: the rule lifted, the
 * committee's date and its reason. */
static void derogations_section(const struct cli *cli, const struct document *doc)
{
    size_t shown = 0;
    fprintf(cli->out, "<h2>%s</h2>\n<table id=\"derogations\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                      "<th>%s</th></tr>\n",
            L(cli, "Dérogations du comité", "Committee exceptions"), L(cli, "Dossier", "Dossier"),
            L(cli, "Porteur", "Porteur"), L(cli, "Règle", "Rule"), L(cli, "Comité du", "Committee of"),
            L(cli, "Motif", "Reason"));
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        for (int r = derogation_next(ev, 0); r < CLAS_REGLE_COUNT; r = derogation_next(ev, r + 1)) {
            const char *motif = clas_evaluation_get_derogation_motif(ev, (clas_regle)r);
            fputs("<tr>", cli->out);
            td(cli, clas_evaluation_get_dossier_id(ev));
            td(cli, dos ? clas_porteur_get_nom(clas_dossier_get_porteur_const(dos)) : "");
            td(cli, clas_regle_id((clas_regle)r));
            td(cli, clas_evaluation_get_derogation_date(ev, (clas_regle)r));
            td(cli, motif);
            fputs("</tr>\n", cli->out);
            shown++;
        }
    }
    fputs("</table>\n", cli->out);
    if (!shown)
        fprintf(cli->out, "<p>%s</p>\n", L(cli, "Aucune dérogation.", "No exception."));
}

static void bonus_and_refusals(const struct cli *cli, const struct document *doc)
{
    fprintf(cli->out, "<h2>%s</h2>\n<table id=\"bonus\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
            L(cli, "Projets de bonus", "Bonus projects"), L(cli, "Collectif", "Collectif"), L(cli, "Bonus", "Bonus"),
            L(cli, "Projet", "Project"), L(cli, "Accordé", "Granted"));
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_dossier *dos = document_dossier(doc, d);
        const clas_evaluation *ev = document_evaluation(doc, d);
        for (size_t i = 0; i < clas_dossier_num_collectifs(dos); i++) {
            const clas_collectif *c = clas_dossier_get_collectif_const(dos, i);
            static const clas_montant granted[2] = {CLAS_MONTANT_BONUS_ENFANTS, CLAS_MONTANT_BONUS_PARENTS};
            for (int b = 0; b < CLAS_BONUS_COUNT; b++) {
                char id[2 * CLAS_ID_MAX + 2], m[CLI_MONEY_BUF];
                if (!clas_collectif_get_bonus_demande(c, (clas_bonus)b))
                    continue;
                snprintf(id, sizeof id, "%s/%s", clas_dossier_get_id(dos), clas_collectif_get_id(c));
                fputs("<tr>", cli->out);
                td(cli, id);
                td(cli, b == CLAS_BONUS_ENFANTS ? L(cli, "enfants", "children") : L(cli, "parents", "parents"));
                td(cli, clas_collectif_get_bonus_projet(c, (clas_bonus)b));
                td(cli, clas_evaluation_get_montant(ev, i, granted[b]) > 0
                            ? eur(m, clas_evaluation_get_montant(ev, i, granted[b]), cli)
                            : L(cli, "non", "no"));
                fputs("</tr>\n", cli->out);
            }
        }
    }
    fprintf(cli->out, "</table>\n<h2>%s</h2>\n<table id=\"refus\"><tr><th>%s</th><th>%s</th><th>%s</th></tr>\n",
            L(cli, "Refus et motifs", "Refusals and reasons"), L(cli, "Collectif", "Collectif"),
            L(cli, "Décision", "Decision"), L(cli, "Motif", "Reason"));
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            const clas_collectif *c = clas_dossier_get_collectif_const(dos, i);
            const char *motif = c ? clas_collectif_get_decision_motif(c) : "";
            clas_decision decision = clas_evaluation_get_collectif_decision(ev, i);
            char id[2 * CLAS_ID_MAX + 2];
            if (decision != CLAS_DECISION_REFUSE && !motif[0])
                continue;
            snprintf(id, sizeof id, "%s/%s", clas_evaluation_get_dossier_id(ev), clas_evaluation_get_collectif_id(ev, i));
            fputs("<tr>", cli->out);
            td(cli, id);
            td(cli, label(cli->lang, CLAS_LABEL_DECISION, (int)decision));
            td(cli, motif);
            fputs("</tr>\n", cli->out);
        }
    }
    fputs("</table>\n", cli->out);
}

int html_report(const struct cli *cli, const struct document *doc)
{
    const clas_rapport *r = doc->rapport;
    const char *nom = clas_campagne_get_nom(doc->campagne);
    clas_cents steps[4] = {0}, sum[7] = {0};
    int64_t agrees = 0;
    const clas_cadre *cadre = clas_campagne_get_cadre(doc->campagne);
    char m[CLI_MONEY_BUF];

    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_bareme *b = clas_evaluation_get_bareme(ev);
        clas_cents ps_max = b ? clas_bareme_get_ps_max(b) : 0;
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            clas_cents calc = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS_CALCULEE);
            clas_cents req = (calc < ps_max ? calc : ps_max) +
                             clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS_DEMANDE) +
                             clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS_DEMANDE);
            int eligible = clas_evaluation_get_collectif_verdict(ev, i) == CLAS_VERDICT_ELIGIBLE;
            int agree = clas_evaluation_get_collectif_statut(ev, i) == CLAS_STATUT_AGREE;
            steps[0] += req;
            steps[1] += eligible ? req : 0;
            steps[2] += agree ? clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL) : 0;
            steps[3] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES);
            agrees += agree;
            sum[0] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS);
            sum[1] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS_DEMANDE) +
                      clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS_DEMANDE);
            sum[2] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS) +
                      clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS);
            sum[3] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL);
            sum[4] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES);
            sum[5] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DROIT_REEL);
            sum[6] += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION);
        }
    }

    fprintf(cli->out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
            cli->lang == CLAS_LANG_EN ? "en" : "fr");
    fprintf(cli->out, L(cli, "Rapport du comité Clas - département %s, %s", "Clas committee report - department %s, %s"),
            clas_campagne_get_departement(doc->campagne), clas_campagne_get_annee_scolaire(doc->campagne));
    fprintf(cli->out, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", style);
    fprintf(cli->out, L(cli, "Rapport du comité Clas - département %s, %s", "Clas committee report - department %s, %s"),
            clas_campagne_get_departement(doc->campagne), clas_campagne_get_annee_scolaire(doc->campagne));
    fputs("</h1>\n<p class=\"sub\">", cli->out);
    esc(cli->out, nom);
    if (cadre && clas_cadre_get_date(cadre, CLAS_DATE_COMITE)[0]) {
        fputs(nom[0] ? " - " : "", cli->out);
        fputs(L(cli, "comité du ", "committee of "), cli->out);
        esc(cli->out, clas_cadre_get_date(cadre, CLAS_DATE_COMITE));
    }
    fputs("</p>\n", cli->out);
    if (cli->regles_path) {
        fputs("<div class=\"banner\" id=\"simulation\">", cli->out);
        fputs(L(cli, "SIMULATION : les règles officielles sont remplacées par ", "SIMULATION: the official rules are "
                                                                                "replaced by "),
              cli->out);
        esc(cli->out, cli->regles_path);
        fputs(L(cli, ". Ces montants ne sont pas ceux du barème publié.</div>\n",
                ". These amounts are not those of the published barème.</div>\n"),
              cli->out);
    }
    for (size_t d = 0; d < document_num_dossiers(doc); d++)
        if (clas_evaluation_is_provisional(document_evaluation(doc, d))) {
            fprintf(cli->out, "<div class=\"banner\">%s</div>\n",
                    L(cli, "Barème provisoire : montants PROVISOIRES.", "Provisional barème: PROVISIONAL amounts."));
            break;
        }

    fprintf(cli->out, "<h2>%s</h2>\n<div class=\"cards\" id=\"synthese\">\n", L(cli, "Synthèse", "Summary"));
    card_int(cli, label(cli->lang, CLAS_LABEL_TOTAL, CLAS_TOTAL_PORTEURS), clas_rapport_get_total(r, CLAS_TOTAL_PORTEURS));
    card_int(cli, label(cli->lang, CLAS_LABEL_TOTAL, CLAS_TOTAL_COLLECTIFS), clas_rapport_get_total(r, CLAS_TOTAL_COLLECTIFS));
    card_int(cli, label(cli->lang, CLAS_LABEL_TOTAL, CLAS_TOTAL_COLLECTIFS_ELIGIBLES),
             clas_rapport_get_total(r, CLAS_TOTAL_COLLECTIFS_ELIGIBLES));
    card_int(cli, L(cli, "Collectifs agréés", "Collectifs approved"), agrees);
    card_int(cli, label(cli->lang, CLAS_LABEL_TOTAL, CLAS_TOTAL_ENFANTS), clas_rapport_get_total(r, CLAS_TOTAL_ENFANTS));
    card(cli, "Ps", eur(m, clas_rapport_get_total(r, CLAS_TOTAL_PS), cli));
    card(cli, L(cli, "Bonus accordés", "Bonuses granted"),
         eur(m, clas_rapport_get_total(r, CLAS_TOTAL_BONUS_ENFANTS) + clas_rapport_get_total(r, CLAS_TOTAL_BONUS_PARENTS),
             cli));
    fputs("<div class=\"card\" id=\"total\">", cli->out);
    esc(cli->out, label(cli->lang, CLAS_LABEL_TOTAL, CLAS_TOTAL_MONTANT));
    fprintf(cli->out, "<b>%s</b></div>\n", eur(m, clas_rapport_get_total(r, CLAS_TOTAL_MONTANT), cli));
    card(cli, label(cli->lang, CLAS_LABEL_MONTANT, CLAS_MONTANT_ACOMPTES_VERSES), eur(m, sum[4], cli));
    card(cli, label(cli->lang, CLAS_LABEL_STATISTIQUE, CLAS_STAT_DROIT_REEL), eur(m, sum[5], cli));
    fputs("</div>\n", cli->out);

    fprintf(cli->out, "<h2>%s</h2>\n", L(cli, "Montant accordé par porteur", "Amount granted per porteur"));
    chart_porteurs(cli, doc);
    fprintf(cli->out, "<h2>%s</h2>\n", L(cli, "L'année : demandé, éligible, accordé, versé",
                                          "The year: requested, eligible, granted, paid"));
    chart_funnel(cli, doc, steps);
    fprintf(cli->out, "<h2>%s</h2>\n", L(cli, "Porteurs et collectifs", "Porteurs and collectifs"));
    collectif_table(cli, doc, sum);
    constats_section(cli, doc);
    derogations_section(cli, doc);
    bonus_and_refusals(cli, doc);
    {
        clas_statistiques *st = NULL;
        int rc = stats_compute(&st, cli, doc);
        if (rc != EXIT_OK)
            return rc;
        fprintf(cli->out, "<h2>%s</h2>\n", L(cli, "Statistiques du département", "Department statistics"));
        stats_html(cli->out, cli, st);
        clas_statistiques_free(st);
    }
    fprintf(cli->out, "<p class=\"sub\">libclas %s</p>\n</body>\n</html>\n", clas_version_string());
    return EXIT_OK;
}
