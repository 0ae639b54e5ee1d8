/* SPDX-License-Identifier: Apache-2.0 */
/* The catalogue: one row per rule (its text, its national severity) and
 * one row per constat code (its rule, its stage, whether a cadre may switch
 * it off or it only informs, its champ, its messages in French and English,
 * its text when it is not the rule's), the latter expanded from the list
 * of include/clas/codes.h. Every other module reads policy from here;
 * adding a code is a row of that list, the check that raises it, a vector
 * and the ABI baseline (doc/engine.md). */
#include "regles/regles.h"
#include "regles/catalogue.h"

#include <string.h>

#define SOURCE(t, s, u) {t, s, u, t ", " s}

#define CNAF_PAGE "CNAF, page partenaires « Contrat local d'accompagnement à la scolarité »"
#define CNAF_PAGE_URL "https://www.caf.fr/partenaires/contrat-local-d-accompagnement-la-scolarite"
#define REFERENTIEL "CNAF, référentiel national de financement du Clas"
#define REFERENTIEL_URL \
    "https://www.caf.fr/sites/default/files/cnaf/Documents/DCom/Partenaires_Bailleurs/Referentiel_National_financement_CLAS%20_Caf.pdf"
#define NOTE_MARNE "CAF de la Marne, note de cadrage départemental Clas 2025-2026"
#define CIRCULAIRE_2004 "Circulaire DIF/DIV/DGAS/DPM/DESCO n° 2004-198 du 25 mars 2004 (Clas)"
#define CIRCULAIRE_2004_URL "https://solidarites-sante.gouv.fr/fichiers/bo/2004/04-21/a0211495.htm"
#define LIBCLAS "libclas, paramètre sans texte public [U]"

/* The texts that state each rule (domain.md §3 and §9). A cadre's own
 * source is cited next to these for the values it sets, never instead. */
static const clas_source SRC_PUBLIC =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « s'adresse aux enfants scolarisés du CP au lycée »", CNAF_PAGE_URL);
static const clas_source SRC_HORS_TEMPS =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « les actions [...] ont lieu en dehors du temps scolaire »", CNAF_PAGE_URL);
static const clas_source SRC_AXES =
    SOURCE(REFERENTIEL, "éligibilité : les quatre axes d'intervention (enfants, parents, école, territoire) "
                        "développés de manière cumulative, repris par la note de la Marne, §3", REFERENTIEL_URL);
static const clas_source SRC_SOCLE_PARENTS =
    SOURCE(REFERENTIEL, "le socle minimum d'actions à réaliser en direction des parents, cité par la note de la Marne, §1",
           REFERENTIEL_URL);
static const clas_source SRC_GROUPE =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « en petit groupe (8 à 12 enfants maximum) »", CNAF_PAGE_URL);
static const clas_source SRC_ENCADREMENT =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « chaque groupe d'enfants est encadré par 2 intervenants "
                      "professionnels et/ou bénévoles »", CNAF_PAGE_URL);
/* The rule is the deadline; what follows a late or incomplete dossier is a
 * department's text (the Gard's: « ne sera pas instruit »), carried by its
 * cadre's consequences, never by the rule. */
static const clas_source SRC_DELAI =
    SOURCE(NOTE_MARNE, "page de garde : « Date limite de dépôt des dossiers » ; §2 : le dossier est déposé en ligne "
                       "(plateforme ELAN) ; la date est celle du cadre du département", "");
static const clas_source SRC_AIDE_DEVOIRS =
    SOURCE("CAF de Loire-Atlantique, appel à projets Clas (pratique départementale [D])",
           "l'aide aux devoirs seule ne répond pas aux objectifs du Clas", "");
static const clas_source SRC_BUDGET =
    SOURCE(LIBCLAS, "cohérence du budget prévisionnel : dépenses, autres financements, recettes au plus égales aux dépenses",
           "");
static const clas_source SRC_PS =
    SOURCE(NOTE_MARNE, "§3 « Les modalités d'éligibilité et de calcul de la Ps Clas » : 33 % des dépenses de "
                       "fonctionnement, dans la limite d'un prix plafond, valeur maximale de la Ps", "");
static const clas_source SRC_BONUS =
    SOURCE(NOTE_MARNE, "§3 bonus « enfants » et bonus « parents », attribués par le comité de manière cumulative ou "
                       "isolée aux projets qui vont au-delà du socle", "");
static const clas_source SRC_BAREME =
    SOURCE(CIRCULAIRE_2004, "la prestation de service : un taux, un prix plafond fixé chaque année et un montant "
                            "maximal publié", CIRCULAIRE_2004_URL);
static const clas_source SRC_AGREMENT =
    SOURCE(NOTE_MARNE, "§2 « L'organisation départementale » : le comité examine et sélectionne les projets en vue "
                       "de l'agrément", "");
static const clas_source SRC_BILAN =
    SOURCE(NOTE_MARNE, "§3 « 1 – Le bilan » : le questionnaire des données d'activités de chaque action", "");
static const clas_source SRC_FREQUENCE =
    SOURCE(REFERENTIEL, "le cadre organisationnel : composition des groupes, encadrement, fréquence (cité par la note "
                        "de la Marne, §1) ; seuils sans texte public lu, fixés par le cadre [U]", REFERENTIEL_URL);
static const clas_source SRC_COMPOSITION =
    SOURCE(REFERENTIEL, "le cadre organisationnel : la composition des groupes d'enfants (cité par la note de la "
                        "Marne, §1) ; règle départementale, désactivée nationalement [U]", REFERENTIEL_URL);
static const clas_source SRC_BILAN_PRECEDENT =
    SOURCE(NOTE_MARNE, "§3 « Gestion du CLAS : Appel à projet et bilan des actions Clas » : « Ce bilan permet l'étude "
                       "de votre nouveau dossier » ; la suite donnée à un bilan non déposé n'est fixée par aucun "
                       "texte lu [U]", "");
/* Codes whose text is not their rule's. */
static const clas_source SRC_REGULARISATION =
    SOURCE(LIBCLAS, "régularisation = droit réel − acomptes versés (solde ou indu), pratique générale des CAF", "");
static const clas_source SRC_DELAI_NON_VERIFIE =
    SOURCE(LIBCLAS, "sans date limite dans le cadre appliqué, le délai de dépôt ne peut pas être vérifié", "");
/* The bilan form collects the children attended and, where the department
 * asks, the same children by level and by sex; that the parts add up is
 * arithmetic, what follows when they do not is settled by no text [U]. */
static const clas_source SRC_REPARTITION =
    SOURCE(NOTE_MARNE, "§3 « 1 – Le bilan » : le questionnaire bilan Clas (portail AFAS) ; les enfants accueillis par "
                       "niveau et par sexe font le nombre d'enfants accueillis ; la suite donnée à des comptes qui ne "
                       "concordent pas n'est fixée par aucun texte lu, avertissement par défaut [U]", "");
static const clas_source SRC_RECONDUCTION =
    SOURCE(LIBCLAS, "à la demande de l'appelant, le dernier barème connu est reconduit et les montants sont "
                    "provisoires", "");

/* One row per rule: its national severity (domain.md §3), its text, and
 * the cadre and barème fields whose references the trace cites. */
const clas_regle_row clas__regles[CLAS_REGLE_COUNT] = {
    [CLAS_REGLE_PUBLIC] = {CLAS_SEVERITY_BLOCKING, &SRC_PUBLIC, NULL, NULL},
    [CLAS_REGLE_HORS_TEMPS] = {CLAS_SEVERITY_BLOCKING, &SRC_HORS_TEMPS, NULL, NULL},
    [CLAS_REGLE_AXES] = {CLAS_SEVERITY_BLOCKING, &SRC_AXES, "seuils.actions_par_axe_min", NULL},
    [CLAS_REGLE_SOCLE_PARENTS] = {CLAS_SEVERITY_BLOCKING, &SRC_SOCLE_PARENTS, "seuils.actions_parents_min", NULL},
    [CLAS_REGLE_GROUPE] = {CLAS_SEVERITY_BLOCKING, &SRC_GROUPE, "seuils.enfants_min", NULL},
    [CLAS_REGLE_ENCADREMENT] = {CLAS_SEVERITY_BLOCKING, &SRC_ENCADREMENT, "seuils.intervenants_min", NULL},
    [CLAS_REGLE_DELAI] = {CLAS_SEVERITY_BLOCKING, &SRC_DELAI, "calendrier.limite_depot", NULL},
    /* [D]: off nationally, a department may enable it */
    [CLAS_REGLE_AIDE_DEVOIRS] = {CLAS_SEVERITY_OFF, &SRC_AIDE_DEVOIRS, NULL, NULL},
    [CLAS_REGLE_BUDGET] = {CLAS_SEVERITY_WARNING, &SRC_BUDGET, NULL, NULL},
    [CLAS_REGLE_PS] = {CLAS_SEVERITY_INFO, &SRC_PS, NULL, "taux"},
    [CLAS_REGLE_BONUS] = {CLAS_SEVERITY_WARNING, &SRC_BONUS, NULL, "bonus.enfants"},
    [CLAS_REGLE_BAREME] = {CLAS_SEVERITY_WARNING, &SRC_BAREME, NULL, "taux"},
    [CLAS_REGLE_AGREMENT] = {CLAS_SEVERITY_WARNING, &SRC_AGREMENT, NULL, NULL},
    [CLAS_REGLE_BILAN] = {CLAS_SEVERITY_WARNING, &SRC_BILAN, "seuils.taux_acompte", "taux"},
    [CLAS_REGLE_FREQUENCE] = {CLAS_SEVERITY_WARNING, &SRC_FREQUENCE, "seuils.seances_par_semaine_min", NULL},
    /* a department may enable it */
    [CLAS_REGLE_COMPOSITION] = {CLAS_SEVERITY_OFF, &SRC_COMPOSITION, "seuils.cycles_max", NULL},
    /* [U]: the note says the bilan is used, not what follows when it is missing */
    [CLAS_REGLE_BILAN_PRECEDENT] = {CLAS_SEVERITY_WARNING, &SRC_BILAN_PRECEDENT, NULL, NULL},
};

/* One row per constat code, from the list of include/clas/codes.h (the
 * only place a code is declared). may_switch_off false: the cadre may
 * grade the code but never silence it (amounts, the barème, the committee,
 * the bilan are always reported). inform_only: informational by nature. */
#define POLICY_SWITCHABLE .may_switch_off = true, .inform_only = false
#define POLICY_ALWAYS .may_switch_off = false, .inform_only = false
#define POLICY_INFORM .may_switch_off = false, .inform_only = true
#define POLICY_SWITCHABLE_INFORM .may_switch_off = true, .inform_only = true
#define POLICY_BLOCKING .may_switch_off = false, .inform_only = false, .always_blocking = true
/* A code's text: its rule's, or one of those above. */
#define SOURCE_RULE NULL
#define SOURCE_GROUPE (&SRC_GROUPE)
#define SOURCE_REGULARISATION (&SRC_REGULARISATION)
#define SOURCE_DELAI_NON_VERIFIE (&SRC_DELAI_NON_VERIFIE)
#define SOURCE_RECONDUCTION (&SRC_RECONDUCTION)
#define SOURCE_REPARTITION (&SRC_REPARTITION)
#define CODE_ROW(code_, value_, regle_, stage_, policy_, champ_, kind_, source_, fr_, en_) \
    [CLAS_CODE_##code_] = {.name = #code_, .regle = CLAS_REGLE_##regle_, .stage = CLAS_STAGE_##stage_, \
                           POLICY_##policy_, .champ = champ_, .kind = CLAS_VK_##kind_, .fr = fr_, .en = en_, \
                           .source = SOURCE_##source_},
const clas_code_row clas__codes[CLAS_CODE_COUNT] = {CLAS_CODE_LIST(CODE_ROW)};

/* Every value of the list has its row: COUNT rows, each at its own index
 * (a repeated index is an error of -Woverride-init, one past the end an
 * error of the array's bounds). */
#define ONE_ROW(...) +1
_Static_assert(0 CLAS_CODE_LIST(ONE_ROW) == CLAS_CODE_COUNT, "one row of CLAS_CODE_LIST per code");

static bool code_ok(clas_code code) { return (unsigned)code < CLAS_CODE_COUNT; }
static bool regle_ok(clas_regle regle) { return (unsigned)regle < CLAS_REGLE_COUNT; }

const char *clas_code_name(clas_code code) { return code_ok(code) ? clas__codes[code].name : NULL; }

int clas_code_parse(clas_code *out, const char *name)
{
    if (!out || !name)
        return clas__fail_null(NULL);
    for (int i = 0; i < CLAS_CODE_COUNT; i++)
        if (strcmp(clas__codes[i].name, name) == 0) {
            *out = (clas_code)i;
            return CLAS_OK;
        }
    return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_CODE_INCONNU, CLAS__TEXT("code", name));
}

clas_regle clas_code_regle(clas_code code) { return code_ok(code) ? clas__codes[code].regle : CLAS_REGLE_COUNT; }

const clas_source *clas__code_source(clas_code code)
{
    return clas__codes[code].source ? clas__codes[code].source : clas__regles[clas__codes[code].regle].source;
}

const char *clas_code_source(clas_code code) { return code_ok(code) ? clas__code_source(code)->texte : ""; }
const char *clas_code_source_url(clas_code code) { return code_ok(code) ? clas__code_source(code)->url : ""; }

const char *clas_regle_source(clas_regle regle) { return regle_ok(regle) ? clas__regles[regle].source->texte : NULL; }
const char *clas_regle_source_url(clas_regle regle) { return regle_ok(regle) ? clas__regles[regle].source->url : ""; }

clas_severity clas_regle_default_severity(clas_regle regle)
{
    return regle_ok(regle) ? clas__regles[regle].severity : CLAS_SEVERITY_OFF;
}

int clas_regle_can_switch_off(clas_regle regle)
{
    if (!regle_ok(regle))
        return 0;
    for (int i = 0; i < CLAS_CODE_COUNT; i++)
        if (clas__codes[i].regle == regle && !clas__codes[i].may_switch_off)
            return 0;
    return 1;
}

clas_severity clas__code_severity(const clas_cadre *cadre, clas_code code)
{
    return clas__code_severity_for(&clas__codes[code], cadre->severities[clas__codes[code].regle]);
}
