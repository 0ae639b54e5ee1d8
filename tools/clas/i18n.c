/* SPDX-License-Identifier: Apache-2.0 */
/* French and English texts of the tool. French is the default: the tool is
 * for the CAF officers who run a campaign. */
#include "i18n.h"

struct text {
    const char *fr, *en;
};

static const struct text texts[MSG_COUNT] = {
    [MSG_NONE] = {"", ""},
    [MSG_ANNEE] = {"Année", "Year"},
    [MSG_ARRONDI] = {"Arrondi", "Rounding"},
    [MSG_BAREME] = {"Barème", "Barème"},
    [MSG_BLOCKING_CONSTATS] = {"constats bloquants", "blocking findings"},
    [MSG_BONUS_ENFANTS] = {"Bonus enfants", "Children bonus"},
    [MSG_BONUS_GRANTED] = {"Bonus accordés", "Bonuses granted"},
    [MSG_BONUS_PARENTS] = {"Bonus parents", "Parents bonus"},
    [MSG_BONUS_REQUESTED] = {"Bonus demandés", "Bonuses requested"},
    [MSG_COLLECTIF] = {"collectif", "collectif"},
    [MSG_COLLECTIF_CAP] = {"Collectif", "Collectif"},
    [MSG_CONSTATS] = {"Constats", "Findings"},
    [MSG_DEPARTEMENT] = {"département", "department"},
    [MSG_DEPARTMENT_TOTALS] = {"Totaux du département", "Department totals"},
    [MSG_DOSSIER] = {"dossier", "dossier"},
    [MSG_DOSSIERS_CHECKED] = {"Dossiers vérifiés", "Dossiers checked"},
    [MSG_DOSSIER_CONSTATS] = {"Constats du dossier", "Dossier findings"},
    [MSG_FIELD] = {"champ", "field"},
    [MSG_GRAND_TOTAL] = {"Total général", "Grand total"},
    [MSG_KNOWN_COLLECTIFS] = {"collectifs connus", "known collectifs"},
    [MSG_NO_BAREME] = {"Aucun barème.", "No barème."},
    [MSG_NO_CONSTAT] = {"aucun constat", "no finding"},
    [MSG_NO_STEP] = {"aucune étape enregistrée", "no step recorded"},
    [MSG_PORTEUR] = {"Porteur", "Porteur"},
    [MSG_PRIX_PLAFOND] = {"Prix plafond", "Ceiling (prix plafond)"},
    [MSG_PS_MAX] = {"Ps maximale", "Maximum Ps"},
    [MSG_RULE] = {"règle", "rule"},
    [MSG_SOURCE] = {"source", "source"},
    [MSG_SOURCE_VALEURS] = {"valeurs", "values"},
    [MSG_SOURCES] = {"Sources", "Sources"},
    [MSG_UNSETTLED] = {"non établi par un texte public", "not settled by any public text"},
    [MSG_STEPS] = {"Étapes du calcul", "Computation steps"},
    [MSG_TAUX] = {"Taux", "Rate"},
    [MSG_TOTAL] = {"Total", "Total"},
    [MSG_TOTAL_DOSSIER] = {"Total du dossier", "Dossier total"},
    [MSG_TYPE] = {"Type", "Type"},
    [MSG_VERDICT] = {"Verdict", "Verdict"},
    [MSG_STATUT] = {"Statut", "Status"},
    [MSG_DECISION] = {"Décision du comité", "Committee decision"},

    [MSG_PROVISIONAL_NOTE] = {"Attention : aucun barème pour %s ; le barème %s est reporté, les montants sont "
                              "PROVISOIRES.",
                              "Warning: no barème for %s; the %s barème is carried forward, amounts are "
                              "PROVISIONAL."},
    [MSG_HINT_PROVISOIRE] = {"clas: indication : --provisoire applique le dernier barème connu (montants "
                             "provisoires), --regles FICHIER ajoute des barèmes.",
                             "clas: hint: --provisoire applies the last known barème (provisional amounts), "
                             "--regles FILE adds barèmes."},
    [MSG_OUT_OF_MEMORY] = {"mémoire insuffisante", "out of memory"},
    [MSG_WRITE_ERROR] = {"erreur d'écriture sur la sortie standard", "error writing standard output"},
    [MSG_INPUT_TOO_LARGE] = {"le fichier fait %jd octets, au-delà de la limite de %zu octets (%s)",
                             "the file is %jd bytes, above the limit of %zu bytes (%s)"},
    [MSG_INPUT_BEYOND_LIMIT] = {"plus de %zu octets à lire (%s)", "more than %zu bytes to read (%s)"},
    [MSG_INPUT_NUL] = {"octet NUL (0x00) à la position %zu : ce n'est pas un texte JSON",
                       "NUL byte (0x00) at offset %zu: not a JSON text"},
    [MSG_NOT_A_CAMPAIGN] = {"« report » attend un document clas-campagne/1 (utilisez « compute » pour un "
                            "dossier)",
                            "'report' expects a clas-campagne/1 document (use 'compute' for a dossier)"},
    [MSG_UNKNOWN_COLLECTIF] = {"aucun collectif « %s »", "no collectif '%s'"},
    [MSG_AMBIGUOUS_COLLECTIF] = {"plusieurs dossiers ont un collectif « %s » : écrivez DOSSIER/%s",
                                 "several dossiers have a collectif '%s': write DOSSIER/%s"},
    [MSG_DID_YOU_MEAN] = {"Vouliez-vous dire « %s » ?", "Did you mean '%s'?"},
    [MSG_TRY_HELP] = {"Essayez « clas --help ».", "Try 'clas --help'."},
    [MSG_ERR_BAD_FORMAT] = {"format « %s » non disponible pour cette commande (voir clas --help)",
                            "format '%s' is not available for this command (see clas --help)"},
    [MSG_ERR_BAD_LANG] = {"langue « %s » inconnue (fr ou en)", "unknown language '%s' (fr or en)"},
    [MSG_ERR_MISSING_FILE] = {"« %s » : fichier manquant", "'%s': missing file"},
    [MSG_ERR_MISSING_VALUE] = {"l'option « %s » attend une valeur", "option '%s' needs a value"},
    [MSG_ERR_NEEDS_COLLECTIF] = {"« %s » : précisez --collectif ID", "'%s': give --collectif ID"},
    [MSG_ERR_NO_COMMAND] = {"aucune commande", "no command"},
    [MSG_ERR_OPTION_NOT_HERE] = {"l'option « %s » ne s'applique pas à cette commande",
                                 "option '%s' does not apply to this command"},
    [MSG_ERR_TOO_MANY_FILES] = {"« %s » : trop de fichiers", "'%s': too many files"},
    [MSG_ERR_UNKNOWN_COMMAND] = {"commande « %s » inconnue", "unknown command '%s'"},
    [MSG_ERR_UNKNOWN_OPTION] = {"option « %s » inconnue", "unknown option '%s'"},
    [MSG_ERR_NEEDS_OUTPUT] = {"le format %s s'écrit dans un fichier : ajoutez -o FICHIER",
                              "the %s format is written to a file: add -o FILE"},
    [MSG_ERR_OUTPUT_IS_INPUT] = {"« %s » est aussi un fichier lu : choisissez un autre -o, ou --force pour "
                                 "le remplacer",
                                 "'%s' is also an input file: choose another -o, or --force to replace it"},

    [MSG_HELP_MAIN] = {
        "Usage : clas [OPTIONS] COMMANDE [ARGUMENTS]\n"
        "\n"
        "Applique les règles de financement du Clas (Contrat local d'accompagnement\n"
        "à la scolarité) aux dossiers et aux campagnes écrits au format JSON de libclas.\n"
        "\n"
        "Commandes :\n"
        "  check FICHIER...        vérifie l'éligibilité : verdicts et constats\n"
        "  compute FICHIER...      calcule les montants par collectif et par dossier\n"
        "  explain FICHIER --collectif ID\n"
        "                          détaille le calcul d'un collectif, étape par étape\n"
        "  report CAMPAGNE         synthèse du comité : porteurs, collectifs, totaux\n"
        "  baremes                 barèmes connus, année scolaire par année scolaire\n"
        "  import TABLEAU.csv      lit l'export CSV du tableau de la campagne\n"
        "  template                écrit le tableau vide (CSV ou xlsx) à remplir\n"
        "  decide CAMPAGNE DECISIONS\n"
        "                          enregistre les décisions du comité (CSV ou JSON)\n"
        "  acompte CAMPAGNE        calcule les acomptes ; --verser les enregistre\n"
        "  bilan CAMPAGNE BILANS   enregistre les bilans de fin d'année\n"
        "  settle CAMPAGNE         droit réel et régularisation : soldes et indus\n"
        "  stats CAMPAGNE          statistiques du département\n"
        "  help [COMMANDE]         affiche cette aide, ou celle d'une commande\n"
        "\n"
        "Options :\n"
        "  --regles FICHIER  charge un document clas-regles/1 par-dessus les données\n"
        "                    intégrées (les années qu'il nomme remplacent les autres)\n"
        "  --provisoire      évalue une année sans barème avec le dernier barème connu ;\n"
        "                    les montants sont alors signalés provisoires\n"
        "  --format FORMAT   text (défaut), json, csv ou xlsx pour compute et report\n"
        "                    (et html pour report) ; text ou json pour baremes\n"
        "  --csv fr|rfc4180  CSV pour LibreOffice/Excel en français (« ; », virgule\n"
        "                    décimale, UTF-8 avec BOM) ou RFC 4180 (défaut)\n"
        "  --collectif ID    collectif à expliquer (explain) ; DOSSIER/ID si besoin\n"
        "  -o, --output FICHIER\n"
        "                    écrit dans FICHIER au lieu de la sortie standard ; le\n"
        "                    fichier n'est remplacé que si la commande réussit\n"
        "  --force           permet à -o de remplacer un fichier lu par la commande\n"
        "  --lang fr|en      langue des libellés et des messages (défaut : fr)\n"
        "  -h, --help        affiche l'aide et quitte\n"
        "  -V, --version     affiche les versions de l'outil et de la bibliothèque\n"
        "\n"
        "Un FICHIER est un document clas-dossier/1 ou clas-campagne/1 ; « - » lit\n"
        "l'entrée standard. Un document fait au plus 1 Gio (CLAS_LIMIT_DOCUMENT_BYTES).\n"
        "\n"
        "Codes de sortie :\n"
        "  0  succès ; pour check, aucun constat bloquant\n"
        "  1  check : au moins un constat bloquant\n"
        "  2  ligne de commande invalide\n"
        "  3  fichier illisible ou invalide, année sans barème, collectif inconnu\n"
        "  4  erreur interne (mémoire insuffisante, erreur d'écriture)\n"
        "En cas d'erreur (code 2 et plus), rien n'est écrit sur la sortie.\n"
        "\n"
        "Voir clas(1) et doc/json-format.md.\n",
        "Usage: clas [OPTIONS] COMMAND [ARGUMENTS]\n"
        "\n"
        "Applies the Clas funding rules (Contrat local d'accompagnement à la\n"
        "scolarité) to dossiers and campaigns written in libclas's JSON format.\n"
        "\n"
        "Commands:\n"
        "  check FILE...           checks eligibility: verdicts and findings\n"
        "  compute FILE...         computes the amounts per collectif and per dossier\n"
        "  explain FILE --collectif ID\n"
        "                          explains one collectif's computation step by step\n"
        "  report CAMPAIGN         committee summary: porteurs, collectifs, totals\n"
        "  baremes                 the known barèmes, school year by school year\n"
        "  import SHEET.csv        reads the CSV export of the campaign's spreadsheet\n"
        "  template                writes the empty spreadsheet (CSV or xlsx) to fill in\n"
        "  decide CAMPAIGN DECISIONS\n"
        "                          records the committee's decisions (CSV or JSON)\n"
        "  acompte CAMPAIGN        computes the advances; --verser records them\n"
        "  bilan CAMPAIGN BILANS   records the end-of-year bilans\n"
        "  settle CAMPAIGN         droit réel and régularisation: balances, overpayments\n"
        "  stats CAMPAIGN          the department's statistics\n"
        "  help [COMMAND]          shows this help, or a command's\n"
        "\n"
        "Options:\n"
        "  --regles FILE     loads a clas-regles/1 document over the built-in data\n"
        "                    (the years it names replace the others)\n"
        "  --provisoire      evaluates a year without a barème with the last known one;\n"
        "                    amounts are then marked provisional\n"
        "  --format FORMAT   text (default), json, csv or xlsx for compute and report\n"
        "                    (and html for report); text or json for baremes\n"
        "  --csv fr|rfc4180  CSV for a French LibreOffice/Excel (';', decimal comma,\n"
        "                    UTF-8 with BOM) or RFC 4180 (default)\n"
        "  --collectif ID    collectif to explain (explain); DOSSIER/ID when needed\n"
        "  -o, --output FILE writes to FILE instead of standard output; the file is\n"
        "                    replaced only if the command succeeds\n"
        "  --force           lets -o replace a file the command reads\n"
        "  --lang fr|en      language of labels and messages (default: fr)\n"
        "  -h, --help        shows the help and exits\n"
        "  -V, --version     shows the versions of the tool and of the library\n"
        "\n"
        "A FILE is a clas-dossier/1 or clas-campagne/1 document; '-' reads standard\n"
        "input. A document is at most 1 GiB (CLAS_LIMIT_DOCUMENT_BYTES).\n"
        "\n"
        "Exit status:\n"
        "  0  success; for check, no blocking finding\n"
        "  1  check: at least one blocking finding\n"
        "  2  invalid command line\n"
        "  3  unreadable or invalid file, year without a barème, unknown collectif\n"
        "  4  internal error (out of memory, write error)\n"
        "On an error (status 2 and above), nothing is written to the output.\n"
        "\n"
        "See clas(1) and doc/json-format.md.\n"},
    [MSG_HELP_CHECK] = {
        "Usage : clas check [--regles FICHIER] [--provisoire] FICHIER...\n"
        "\n"
        "Vérifie chaque dossier (ou chaque dossier d'une campagne) : verdict du dossier\n"
        "et de chaque collectif, puis les constats (sévérité, code, message, règle,\n"
        "champ).\n"
        "\n"
        "Codes de sortie : 0 rien ne bloque, 1 au moins un constat bloquant,\n"
        "2 ligne de commande invalide, 3 fichier invalide, 4 erreur interne.\n",
        "Usage: clas check [--regles FILE] [--provisoire] FILE...\n"
        "\n"
        "Checks every dossier (or every dossier of a campaign): the verdict of the\n"
        "dossier and of each collectif, then the findings (severity, code, message, rule,\n"
        "field).\n"
        "\n"
        "Exit status: 0 nothing blocks, 1 at least one blocking finding,\n"
        "2 invalid command line, 3 invalid file, 4 internal error.\n"},
    [MSG_HELP_COMPUTE] = {
        "Usage : clas compute [--format text|json|csv|xlsx] [--regles FICHIER]\n"
        "                    [--provisoire] FICHIER...\n"
        "\n"
        "Montants par collectif (dépenses, base, Ps, bonus accordés, total, statut) et\n"
        "totaux par dossier, avec les dérogations du comité.\n"
        "  text  tableaux alignés sur 80 colonnes, deux lignes par collectif, euros à\n"
        "        la française (« 2 800,70 € »)\n"
        "  json  un document clas-resultat/1 par dossier ; plusieurs dossiers : tableau\n"
        "  csv   RFC 4180 : UTF-8 sans BOM, séparateur « , », une ligne d'en-tête puis\n"
        "        une ligne par collectif, montants en décimal à point (« 2800.70 ») ;\n"
        "        --csv fr : « ; », virgule décimale (« 2800,70 »), UTF-8 avec BOM\n"
        "  xlsx  classeur (avec -o FICHIER) : montants numériques au format euro\n"
        "Les cellules de texte qui commencent par = + - @ sont préfixées d'une\n"
        "apostrophe : un tableur ne les exécute jamais comme des formules.\n",
        "Usage: clas compute [--format text|json|csv|xlsx] [--regles FILE] [--provisoire]\n"
        "                    FILE...\n"
        "\n"
        "Amounts per collectif (expenses, base, Ps, bonuses granted, total, status) and\n"
        "totals per dossier, with the committee's exceptions.\n"
        "  text  tables aligned in 80 columns, two lines per collectif, euros written\n"
        "        the French way (\"2 800,70 €\")\n"
        "  json  one clas-resultat/1 document per dossier; several dossiers: an array\n"
        "  csv   RFC 4180: UTF-8 without BOM, ',' separator, a header row then one row\n"
        "        per collectif, money as plain decimals with a dot (\"2800.70\");\n"
        "        --csv fr: ';', decimal comma (\"2800,70\"), UTF-8 with BOM\n"
        "  xlsx  workbook (with -o FILE): amounts as numbers in a euro format\n"
        "Text cells starting with = + - @ get a leading apostrophe: a spreadsheet\n"
        "never runs them as formulas.\n"},
    [MSG_HELP_EXPLAIN] = {
        "Usage : clas explain [--regles FICHIER] [--provisoire] FICHIER --collectif ID\n"
        "\n"
        "Détaille le calcul d'un collectif étape par étape (règle, formule, valeurs,\n"
        "source), puis ses constats. Dans une campagne où plusieurs dossiers ont un\n"
        "collectif du même nom, écrivez --collectif DOSSIER/ID. Un identifiant inconnu\n"
        "donne la liste des collectifs connus et le code de sortie 3.\n",
        "Usage: clas explain [--regles FILE] [--provisoire] FILE --collectif ID\n"
        "\n"
        "Explains one collectif's computation step by step (rule, formula, values,\n"
        "source), then its findings. In a campaign where several dossiers have a\n"
        "collectif of the same id, write --collectif DOSSIER/ID. An unknown id lists\n"
        "the known collectifs and exits with status 3.\n"},
    [MSG_HELP_REPORT] = {
        "Usage : clas report [--format text|json|csv|xlsx|html] [--regles FICHIER]\n"
        "                   [--provisoire] CAMPAGNE\n"
        "\n"
        "Synthèse d'une campagne (document clas-campagne/1) pour le comité : pour chaque\n"
        "porteur et chaque collectif, statut, Ps, bonus demandés et accordés, total ;\n"
        "puis les totaux du département (porteurs, collectifs, collectifs éligibles,\n"
        "enfants, Ps, bonus, total) ; les dérogations du comité, par dossier.\n"
        "  json  document clas-rapport/1\n"
        "  csv   une ligne par collectif (RFC 4180, montants « 2800.70 » ; --csv fr)\n"
        "  html  page à imprimer pour le comité (-o rapport.html) : graphiques, tableaux\n"
        "  xlsx  classeur (-o FICHIER) : feuilles Collectifs, Totaux, Constats,\n"
        "        Statistiques, Dérogations\n",
        "Usage: clas report [--format text|json|csv|xlsx|html] [--regles FILE]\n"
        "                   [--provisoire] CAMPAIGN\n"
        "\n"
        "Summary of a campaign (clas-campagne/1 document) for the committee: for each\n"
        "porteur and collectif, status, Ps, bonuses requested and granted, total;\n"
        "then the department totals (porteurs, collectifs, eligible collectifs,\n"
        "children, Ps, bonuses, total); the committee's exceptions, per dossier.\n"
        "  json  clas-rapport/1 document\n"
        "  csv   one row per collectif (RFC 4180, money as \"2800.70\"; --csv fr)\n"
        "  html  printable page for the committee (-o rapport.html): charts, tables\n"
        "  xlsx  workbook (-o FILE): sheets Collectifs, Totaux, Constats,\n"
        "        Statistiques, Dérogations\n"},
    [MSG_HELP_BAREMES] = {
        "Usage : clas baremes [--format text|json] [--regles FICHIER]\n"
        "\n"
        "Barèmes connus par année scolaire : taux, prix plafond, Ps maximale publiée,\n"
        "bonus, arrondi et source. json : document clas-regles/1.\n",
        "Usage: clas baremes [--format text|json] [--regles FILE]\n"
        "\n"
        "The known barèmes by school year: rate, ceiling (prix plafond), published\n"
        "maximum Ps, bonuses, rounding and source. json: clas-regles/1 document.\n"},
};

const char *tr(clas_lang lang, enum msg id)
{
    const char *s;
    if ((unsigned)id >= MSG_COUNT)
        return "";
    s = lang == CLAS_LANG_EN ? texts[id].en : texts[id].fr;
    return s ? s : "";
}

const char *colon(clas_lang lang)
{
    return lang == CLAS_LANG_EN ? ":" : " :";
}

const char *semicolon(clas_lang lang)
{
    return lang == CLAS_LANG_EN ? ";" : " ;";
}

const char *label(clas_lang lang, clas_label_kind kind, int value)
{
    const char *s = clas_label(kind, value, lang);
    return s ? s : "?";
}
