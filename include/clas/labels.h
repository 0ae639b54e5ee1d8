/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/labels.h
 * @brief Words for people: the French and English label of every value
 *        of the enumerations a person reads (verdicts, funding statuses,
 *        severities, decisions, porteur types, roundings, actions, fields,
 *        amounts, report totals, units, axes, bonuses, statistics).
 *
 * Identifiers (clas_verdict_name()...) are for machines and never change;
 * labels are for people and may be reworded. English labels keep the
 * domain's French nouns of the glossary (collectif, porteur, dossier,
 * barème, Ps, acompte, intervenant): they name things that have no exact
 * English equivalent. Labels of values (verdicts, statuses...) are in
 * lower case; labels of amounts and totals are capitalised, as headings.
 */
#ifndef CLAS_LABELS_H
#define CLAS_LABELS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The enumeration a value passed to clas_label() belongs to.
 * Never renumbered, only appended.
 * @since 1.0
 * @sa clas_label(), clas_label_kind_name()
 */
typedef enum clas_label_kind {
    CLAS_LABEL_VERDICT = 0,    /**< clas_verdict */
    CLAS_LABEL_STATUT,         /**< clas_statut (funding status) */
    CLAS_LABEL_SEVERITY,       /**< clas_severity */
    CLAS_LABEL_DECISION,       /**< clas_decision */
    CLAS_LABEL_PORTEUR_TYPE,   /**< clas_porteur_type */
    CLAS_LABEL_ROUNDING,       /**< clas_rounding */
    CLAS_LABEL_ACTION,         /**< clas_action */
    CLAS_LABEL_CHAMP,          /**< clas_champ */
    CLAS_LABEL_TOTAL,          /**< clas_rapport_total */
    CLAS_LABEL_MONTANT,        /**< clas_montant */
    CLAS_LABEL_UNITE,          /**< clas_unite */
    CLAS_LABEL_AXE,            /**< clas_axe */
    CLAS_LABEL_BONUS,          /**< clas_bonus */
    CLAS_LABEL_STATISTIQUE,    /**< clas_statistique */
    CLAS_LABEL_KIND_COUNT      /**< number of kinds, not a kind */
} clas_label_kind;

/**
 * The label of one value of an enumeration, in French or English, e.g.
 * clas_label(CLAS_LABEL_STATUT, CLAS_STATUT_REFUSE, CLAS_LANG_FR) is
 * "refusé" and "refused" in English.
 * @param[in] kind which enumeration @p value belongs to.
 * @param[in] value the enumeration value, as an int.
 * @param[in] lang CLAS_LANG_FR or CLAS_LANG_EN.
 * @return a static UTF-8 string, never to be freed; NULL when @p kind,
 *         @p value or @p lang is out of range. Does not set the last error.
 * @since 1.0
 * @sa clas_label_kind_name(), clas_verdict_name(), clas_statut_name(), clas_severity_name()
 */
CLAS_API const char *clas_label(clas_label_kind kind, int value, clas_lang lang);

/**
 * Stable identifier of a label kind: "verdict", "statut", "severity",
 * "decision", "porteur_type", "rounding", "action", "champ", "total",
 * "montant", "unite", "axe", "bonus", "statistique".
 * @param[in] kind a clas_label_kind value.
 * @return a static string; NULL if @p kind is out of range.
 * @since 1.0
 * @sa clas_label(), clas_label_count()
 */
CLAS_API const char *clas_label_kind_name(clas_label_kind kind);

/**
 * Number of values of the enumeration of a label kind: clas_label() gives
 * a label for every value from 0 to this count minus one.
 * @param[in] kind a clas_label_kind value.
 * @return the count; 0 if @p kind is out of range.
 * @since 1.0
 * @sa clas_label()
 */
CLAS_API size_t clas_label_count(clas_label_kind kind);

#ifdef __cplusplus
}
#endif
#endif
