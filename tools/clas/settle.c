/* SPDX-License-Identifier: Apache-2.0 */
/* clas settle CAMPAGNE: after the bilans, the droit réel of each collectif
 * (the Ps rule on actual expenses, plus the bonuses granted) and its
 * régularisation = droit réel − acomptes versés: a solde to pay when
 * positive, an indu to recover when negative; per collectif, per dossier
 * and for the campaign, with the rule and its source. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "derogation.h"
#include "sheet.h"
#include "table.h"
#include "year.h"

struct sums {
    clas_cents prev, verses, reel, solde, indu;
    size_t sans_bilan, avec_bilan;
};

static void add(struct sums *s, const clas_evaluation *ev, size_t i)
{
    clas_cents reg = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION);
    s->prev += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL);
    s->verses += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES);
    if (!clas_evaluation_has_bilan(ev, i)) {
        s->sans_bilan += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL) > 0;
        return;
    }
    s->avec_bilan++;
    s->reel += clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DROIT_REEL);
    if (reg > 0)
        s->solde += reg;
    else
        s->indu -= reg;
}

/* Whether a collectif belongs in the settlement: a bilan, or money involved. */
static int relevant(const clas_evaluation *ev, size_t i)
{
    return clas_evaluation_has_bilan(ev, i) || clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL) > 0 ||
           clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES) > 0;
}

static const char *money(char *buf, clas_cents c, const struct cli *cli)
{
    return cli_money(buf, CLI_MONEY_BUF, c, cli->lang);
}

/* At most @p chars characters of @p text, "…" marking a cut. */
static void short_name(char *out, size_t size, const char *text, size_t chars)
{
    size_t n = 0, count = 0;
    const unsigned char *p = (const unsigned char *)text;
    while (p[n] && n + 4 < size) {
        if ((p[n] & 0xC0) != 0x80 && count++ == chars - 1) {
            if (utf8_width(text + n) > 1) {
                memcpy(out + n, "\xE2\x80\xA6", 3);
                out[n + 3] = '\0';
                return;
            }
        }
        out[n] = (char)p[n];
        n++;
    }
    out[n] = '\0';
}

static void print_sources(const struct cli *cli, const struct document *doc)
{
    const clas_evaluation *ev = document_num_dossiers(doc) ? document_evaluation(doc, 0) : NULL;
    const clas_bareme *b = ev ? clas_evaluation_get_bareme(ev) : NULL;
    char lead[64], text[1024];
    /* the rule and its sources are long texts: wrapped to 80 columns */
    cli_print_wrapped(cli->out, "", "  ",
                      L(cli, "Règle R-BILAN : droit réel = Ps sur les dépenses réelles (règle R-PS du barème) "
                             "+ bonus accordés ; régularisation = droit réel - acomptes versés "
                             "(> 0 : solde à verser, < 0 : indu à récupérer).",
                        "Rule R-BILAN: droit réel = Ps on actual expenses (the barème's R-PS rule) + "
                        "bonuses granted; régularisation = droit réel - advances paid (> 0: balance to "
                        "pay, < 0: overpayment to recover)."),
                      80);
    snprintf(lead, sizeof lead, "  %s%s ", tr(cli->lang, MSG_SOURCE), colon(cli->lang));
    cli_print_wrapped(cli->out, lead, "    ", clas_regle_source(CLAS_REGLE_BILAN), 80);
    if (b) {
        snprintf(lead, sizeof lead, "  %s %s%s ", tr(cli->lang, MSG_BAREME), clas_bareme_get_annee_scolaire(b),
                 colon(cli->lang));
        snprintf(text, sizeof text, "%s%s%s", clas_bareme_get_source_titre(b),
                 clas_bareme_get_source_section(b)[0] ? ", " : "", clas_bareme_get_source_section(b));
        cli_print_wrapped(cli->out, lead, "    ", text, 80);
    }
}

static int text_settle(const struct cli *cli, const struct document *doc)
{
    const char *head[6] = {L(cli, "Collectif", "Collectif"), L(cli, "Acomptes", "Advances"),
                           label(cli->lang, CLAS_LABEL_MONTANT, CLAS_MONTANT_DROIT_REEL), L(cli, "Solde", "Balance"), L(cli, "Indu", "Overpaid"),
                           ""};
    struct table *t = table_new(5);
    struct sums total = {0};
    char m[6][CLI_MONEY_BUF];
    if (!t)
        return EXIT_INTERNAL;
    for (size_t c = 1; c < 5; c++)
        table_set_align(t, c, ALIGN_RIGHT);
    table_add_row(t, head);
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        struct sums sub = {0};
        size_t shown = 0;
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            clas_cents reg = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION);
            int bilan = clas_evaluation_has_bilan(ev, i);
            char id[2 * CLAS_ID_MAX + 2];
            const char *row[5] = {id, m[0], m[1], m[2], m[3]};
            if (!relevant(ev, i))
                continue;
            if (shown++ == 0) {
                /* the porteur's name heads its collectifs, cut to keep 80 columns */
                char name[100];
                const char *row0[5] = {name, "", "", "", ""};
                short_name(name, sizeof name, clas_porteur_get_nom(clas_dossier_get_porteur_const(dos)), 26);
                table_add_row(t, row0);
            }
            add(&sub, ev, i);
            snprintf(id, sizeof id, "  %s/%s", clas_evaluation_get_dossier_id(ev),
                     clas_evaluation_get_collectif_id(ev, i));
            money(m[0], clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES), cli);
            if (!bilan) {
                row[2] = L(cli, "bilan attendu", "bilan due");
                row[3] = row[4] = "";
            } else {
                money(m[1], clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DROIT_REEL), cli);
                money(m[2], reg > 0 ? reg : 0, cli);
                money(m[3], reg < 0 ? -reg : 0, cli);
            }
            table_add_row(t, row);
        }
        total.prev += sub.prev, total.verses += sub.verses, total.reel += sub.reel;
        total.solde += sub.solde, total.indu += sub.indu;
        total.sans_bilan += sub.sans_bilan, total.avec_bilan += sub.avec_bilan;
    }
    {
        const char *row[5] = {tr(cli->lang, MSG_TOTAL), money(m[0], total.verses, cli), money(m[1], total.reel, cli),
                              money(m[2], total.solde, cli), money(m[3], total.indu, cli)};
        table_add_rule(t);
        table_add_row(t, row);
    }
    fprintf(cli->out, "%s - %s %s, %s\n", L(cli, "Régularisation", "Settlement"), tr(cli->lang, MSG_DEPARTEMENT),
            clas_campagne_get_departement(doc->campagne), clas_campagne_get_annee_scolaire(doc->campagne));
    if (cli->regles_path)
        fprintf(cli->out, L(cli, "SIMULATION : règles remplacées par %s\n", "SIMULATION: rules replaced by %s\n"),
                cli->regles_path);
    print_sources(cli, doc);
    fputc('\n', cli->out);
    table_print(t, cli->out, "");
    table_free(t);
    derogation_print_section(cli, cli->out, doc, NULL);
    fprintf(cli->out, "\n%s%s %zu ; %s%s %zu\n", L(cli, "Collectifs avec bilan", "Collectifs with a bilan"),
            colon(cli->lang), total.avec_bilan, L(cli, "bilans attendus", "bilans due"), colon(cli->lang),
            total.sans_bilan);
    fprintf(cli->out, "%s%s %s ; %s%s %s ; %s%s %s\n", L(cli, "Soldes à verser", "Balances to pay"), colon(cli->lang),
            money(m[0], total.solde, cli), L(cli, "indus à récupérer", "overpayments to recover"), colon(cli->lang),
            money(m[1], total.indu, cli), L(cli, "net", "net"), colon(cli->lang),
            money(m[2], total.solde - total.indu, cli));
    return EXIT_OK;
}

static json_t *jmoney(clas_cents c)
{
    char buf[CLI_MONEY_BUF];
    return json_string(cli_decimal(buf, sizeof buf, c));
}

static int json_settle(const struct cli *cli, const struct document *doc)
{
    json_t *root = json_object(), *colls = json_array(), *dossiers = json_array(), *tot = json_object();
    struct sums total = {0};
    char *text;
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        struct sums sub = {0};
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            clas_cents reg = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION);
            int bilan = clas_evaluation_has_bilan(ev, i);
            if (!relevant(ev, i))
                continue;
            add(&sub, ev, i);
            json_array_append_new(colls, json_pack("{s:s, s:s, s:b, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
                "dossier", clas_evaluation_get_dossier_id(ev), "collectif", clas_evaluation_get_collectif_id(ev, i),
                "bilan", bilan, "droit_previsionnel", jmoney(clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL)),
                "acomptes_verses", jmoney(clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES)),
                "depenses_reelles", jmoney(clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DEPENSES_REELLES)),
                "droit_reel", jmoney(clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DROIT_REEL)),
                "regularisation", jmoney(reg), "solde", jmoney(bilan && reg > 0 ? reg : 0),
                "indu", jmoney(bilan && reg < 0 ? -reg : 0)));
        }
        /* the committee's exceptions stay with the dossier's figures */
        json_array_append_new(dossiers, json_pack("{s:s, s:o, s:o, s:o, s:o, s:o*}", "dossier",
            clas_evaluation_get_dossier_id(ev), "acomptes_verses", jmoney(sub.verses), "droit_reel", jmoney(sub.reel),
            "solde", jmoney(sub.solde), "indu", jmoney(sub.indu), "derogations", derogation_json(ev)));
        total.prev += sub.prev, total.verses += sub.verses, total.reel += sub.reel;
        total.solde += sub.solde, total.indu += sub.indu;
        total.sans_bilan += sub.sans_bilan, total.avec_bilan += sub.avec_bilan;
    }
    json_object_set_new(tot, "acomptes_verses", jmoney(total.verses));
    json_object_set_new(tot, "droit_reel", jmoney(total.reel));
    json_object_set_new(tot, "solde", jmoney(total.solde));
    json_object_set_new(tot, "indu", jmoney(total.indu));
    json_object_set_new(tot, "net", jmoney(total.solde - total.indu));
    json_object_set_new(tot, "collectifs_avec_bilan", json_integer((json_int_t)total.avec_bilan));
    json_object_set_new(tot, "bilans_attendus", json_integer((json_int_t)total.sans_bilan));
    json_object_set_new(root, "format", json_string("clas-reglement/1"));
    json_object_set_new(root, "departement", json_string(clas_campagne_get_departement(doc->campagne)));
    json_object_set_new(root, "annee_scolaire", json_string(clas_campagne_get_annee_scolaire(doc->campagne)));
    json_object_set_new(root, "simulation", json_boolean(cli->regles_path != NULL));
    json_object_set_new(root, "regle", json_string(clas_regle_id(CLAS_REGLE_BILAN)));
    json_object_set_new(root, "source", json_string(clas_regle_source(CLAS_REGLE_BILAN)));
    json_object_set_new(root, "collectifs", colls);
    json_object_set_new(root, "dossiers", dossiers);
    json_object_set_new(root, "totaux", tot);
    text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (!text)
        return EXIT_INTERNAL;
    fprintf(cli->out, "%s\n", text);
    free(text);
    return EXIT_OK;
}

static int sheet_settle(const struct cli *cli, const struct document *doc)
{
    static const char *const head[] = {"dossier", "porteur", "collectif", "bilan", "droit_previsionnel",
                                       "acomptes_verses", "depenses_reelles", "ps_reelle", "droit_reel",
                                       "regularisation", "solde", "indu", "derogations"};
    struct sheet *s = sheet_new(cli);
    if (!s)
        return EXIT_INTERNAL;
    sheet_table(s, L(cli, "Régularisation", "Settlement"), head, sizeof head / sizeof head[0]);
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dos = document_dossier(doc, d);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            clas_cents reg = clas_evaluation_get_montant(ev, i, CLAS_MONTANT_REGULARISATION);
            int bilan = clas_evaluation_has_bilan(ev, i);
            if (!relevant(ev, i))
                continue;
            sheet_text(s, clas_evaluation_get_dossier_id(ev));
            sheet_text(s, clas_porteur_get_nom(clas_dossier_get_porteur_const(dos)));
            sheet_text(s, clas_evaluation_get_collectif_id(ev, i));
            sheet_int(s, bilan);
            sheet_money(s, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL));
            sheet_money(s, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_ACOMPTES_VERSES));
            sheet_money(s, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DEPENSES_REELLES));
            sheet_money(s, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS_REELLE));
            sheet_money(s, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_DROIT_REEL));
            sheet_money(s, reg);
            sheet_money(s, bilan && reg > 0 ? reg : 0);
            sheet_money(s, bilan && reg < 0 ? -reg : 0);
            {
                char *derogations = derogation_cell(ev);
                sheet_text(s, derogations ? derogations : "?");
                free(derogations);
            }
            sheet_end_row(s);
        }
    }
    return sheet_close(s);
}

int cmd_settle(const struct cli *cli)
{
    struct document doc;
    int rc = document_load_campaign(&doc, cli, cli->files[0], NULL);
    if (rc != EXIT_OK)
        return rc;
    if (cli->format == FORMAT_JSON)
        rc = json_settle(cli, &doc);
    else if (cli->format == FORMAT_TEXT)
        rc = text_settle(cli, &doc);
    else
        rc = sheet_settle(cli, &doc);
    document_free(&doc);
    return rc;
}

const char *const help_settle[2] = {
    "Usage : clas settle CAMPAGNE [--format text|json|csv|xlsx]\n"
    "\n"
    "Régularisation après les bilans : pour chaque collectif, les acomptes versés,\n"
    "le droit réel (Ps sur les dépenses réelles + bonus accordés) et la\n"
    "régularisation, solde à verser ou indu à récupérer ; par dossier et pour la\n"
    "campagne. Un collectif financé sans bilan est signalé « bilan attendu ».\n"
    "json : document clas-reglement/1.\n",
    "Usage: clas settle CAMPAIGN [--format text|json|csv|xlsx]\n"
    "\n"
    "Settlement after the bilans: for each collectif, the advances paid, the droit\n"
    "réel (Ps on actual expenses + bonuses granted) and the régularisation, a\n"
    "balance to pay or an overpayment to recover; per dossier and for the\n"
    "campaign. A funded collectif without a bilan is shown as 'bilan due'.\n"
    "json: clas-reglement/1 document.\n",
};
