/* SPDX-License-Identifier: Apache-2.0 */
/* The tool's labels and messages in French (default) and English. */
#ifndef CLAS_CLI_I18N_H
#define CLAS_CLI_I18N_H

#include <clas.h>

enum msg {
    MSG_NONE = 0,
    /* labels */
    MSG_ANNEE, MSG_ARRONDI, MSG_BAREME, MSG_BLOCKING_CONSTATS, MSG_BONUS_ENFANTS, MSG_BONUS_GRANTED,
    MSG_BONUS_PARENTS, MSG_BONUS_REQUESTED, MSG_COLLECTIF, MSG_COLLECTIF_CAP, MSG_CONSTATS, MSG_DEPARTEMENT,
    MSG_DEPARTMENT_TOTALS, MSG_DOSSIER, MSG_DOSSIERS_CHECKED, MSG_DOSSIER_CONSTATS, MSG_FIELD,
    MSG_GRAND_TOTAL, MSG_KNOWN_COLLECTIFS, MSG_NO_BAREME, MSG_NO_CONSTAT, MSG_NO_STEP, MSG_PORTEUR,
    MSG_PRIX_PLAFOND, MSG_PS_MAX, MSG_RULE, MSG_SOURCE,
    MSG_SOURCE_VALEURS, MSG_SOURCES, MSG_UNSETTLED, MSG_STEPS, MSG_TAUX, MSG_TOTAL,
    MSG_TOTAL_DOSSIER, MSG_TYPE, MSG_VERDICT, MSG_STATUT, MSG_DECISION,
    /* notes and errors (some are printf formats taking one string) */
    MSG_PROVISIONAL_NOTE, MSG_HINT_PROVISOIRE, MSG_OUT_OF_MEMORY, MSG_WRITE_ERROR, MSG_NOT_A_CAMPAIGN,
    MSG_INPUT_TOO_LARGE, MSG_INPUT_BEYOND_LIMIT, MSG_INPUT_NUL,
    MSG_UNKNOWN_COLLECTIF, MSG_AMBIGUOUS_COLLECTIF, MSG_DID_YOU_MEAN, MSG_TRY_HELP,
    MSG_ERR_BAD_FORMAT, MSG_ERR_BAD_LANG, MSG_ERR_MISSING_FILE, MSG_ERR_MISSING_VALUE, MSG_ERR_NEEDS_COLLECTIF,
    MSG_ERR_NO_COMMAND, MSG_ERR_OPTION_NOT_HERE, MSG_ERR_TOO_MANY_FILES, MSG_ERR_UNKNOWN_COMMAND,
    MSG_ERR_UNKNOWN_OPTION, MSG_ERR_NEEDS_OUTPUT, MSG_ERR_OUTPUT_IS_INPUT,
    /* help */
    MSG_HELP_MAIN, MSG_HELP_CHECK, MSG_HELP_COMPUTE, MSG_HELP_EXPLAIN, MSG_HELP_REPORT, MSG_HELP_BAREMES,
    MSG_COUNT
};

/* The text of a message; never NULL. */
const char *tr(clas_lang lang, enum msg id);
/* " :" in French (typography wants the space), ":" in English. */
const char *colon(clas_lang lang);
/* " ;" in French, ";" in English. */
const char *semicolon(clas_lang lang);
/* The library's label of an enumeration value; "?" when it has none. */
const char *label(clas_lang lang, clas_label_kind kind, int value);

#endif
