/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/json.h
 * @brief JSON documents in and out: dossiers, campaigns, rule data,
 *        evaluation results and reports. The formats are described in
 *        doc/json-format.md and published as JSON Schemas in data/schema/.
 *
 * Every document has a "format" member ("clas-dossier/1", ...). Money is an
 * exact decimal string in euros ("2800.70"). On error, the last error's
 * location reads "origin:line:column: $.json.path".
 *
 * Readers take UTF-8 text of a given length (it need not be
 * NUL-terminated) and an origin, the name used in error locations (a file
 * name), or NULL. Writers return a NUL-terminated UTF-8 string owned by the
 * caller, to free with clas_free().
 */
#ifndef CLAS_JSON_H
#define CLAS_JSON_H

#include "common.h"
#include "regles.h"
#include "dossier.h"
#include "evaluation.h"
#include "campagne.h"
#include "statistiques.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Frees a string returned by a *_to_json() call.
 * @param[in] p the string; NULL is a no-op.
 * @since 1.0
 * @sa clas_dossier_to_json(), clas_evaluation_to_json()
 */
CLAS_API void clas_free(void *p);

/** Flag for *_to_json(): indent the output (two spaces) and end with a newline. @since 1.0 */
#define CLAS_JSON_PRETTY 1u

/**
 * Parses a "clas-dossier/1" document.
 * @param[out] out receives the dossier, owned by the caller
 *             (clas_dossier_free()); written only on success.
 * @param[in] json UTF-8 text of @p len bytes (need not be NUL-terminated).
 * @param[in] len length of @p json in bytes.
 * @param[in] origin name used in error locations (file name), or NULL.
 * @return CLAS_OK; CLAS_EINVAL for a NULL @p out or @p json; CLAS_EPARSE
 *         (malformed JSON); CLAS_ESCHEMA (a member missing, unknown or of
 *         the wrong type, a bad value); CLAS_EUTF8; CLAS_ERANGE (a number
 *         out of range); CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_dossier_from_json_file(), clas_dossier_to_json(), clas_campagne_from_json()
 */
CLAS_API int clas_dossier_from_json(clas_dossier **out, const char *json, size_t len, const char *origin);
/**
 * Reads and parses a "clas-dossier/1" file; its path is the origin of
 * error locations.
 * @param[out] out receives the dossier, owned by the caller
 *             (clas_dossier_free()); written only on success.
 * @param[in] path the file's path.
 * @return as clas_dossier_from_json(), or CLAS_EIO if the file cannot be
 *         read.
 * @since 1.0
 * @sa clas_dossier_from_json()
 */
CLAS_API int clas_dossier_from_json_file(clas_dossier **out, const char *path);
/**
 * Serialises a dossier as a "clas-dossier/1" document.
 * @param[out] out receives NUL-terminated UTF-8, owned by the caller
 *             (clas_free()).
 * @param[in] dossier the dossier.
 * @param[in] flags 0 or CLAS_JSON_PRETTY.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_dossier_from_json(), clas_free()
 */
CLAS_API int clas_dossier_to_json(char **out, const clas_dossier *dossier, unsigned flags);

/**
 * Parses a "clas-campagne/1" document: department, year, optional cadre
 * and its dossiers.
 * @param[out] out receives the campaign, owned by the caller
 *             (clas_campagne_free()); written only on success.
 * @param[in] json UTF-8 text of @p len bytes (need not be NUL-terminated).
 * @param[in] len length of @p json in bytes.
 * @param[in] origin name used in error locations (file name), or NULL.
 * @return as clas_dossier_from_json(), or CLAS_ERULES for an inconsistent
 *         cadre.
 * @since 1.0
 * @sa clas_campagne_from_json_file(), clas_campagne_to_json(), clas_rapport_new()
 */
CLAS_API int clas_campagne_from_json(clas_campagne **out, const char *json, size_t len, const char *origin);
/**
 * Reads and parses a "clas-campagne/1" file; its path is the origin of
 * error locations.
 * @param[out] out receives the campaign, owned by the caller
 *             (clas_campagne_free()); written only on success.
 * @param[in] path the file's path.
 * @return as clas_campagne_from_json(), or CLAS_EIO if the file cannot be
 *         read.
 * @since 1.0
 * @sa clas_campagne_from_json()
 */
CLAS_API int clas_campagne_from_json_file(clas_campagne **out, const char *path);
/**
 * Serialises a campaign as a "clas-campagne/1" document.
 * @param[out] out receives NUL-terminated UTF-8, owned by the caller
 *             (clas_free()).
 * @param[in] campagne the campaign.
 * @param[in] flags 0 or CLAS_JSON_PRETTY.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_campagne_from_json(), clas_free()
 */
CLAS_API int clas_campagne_to_json(char **out, const clas_campagne *campagne, unsigned flags);

/**
 * Adds the barèmes and cadres of a "clas-regles/1" document to a builder.
 * Validates every entry: a missing field, a duplicated year, an impossible
 * value is CLAS_ERULES or CLAS_ESCHEMA naming the origin, year and field.
 * @param[in,out] builder the builder.
 * @param[in] json UTF-8 text of @p len bytes (need not be NUL-terminated).
 * @param[in] len length of @p json in bytes.
 * @param[in] origin name used in error locations (file name), or NULL.
 * @param[in] flags 0 or CLAS_REGLES_REPLACE (override entries already added).
 * @return CLAS_OK; CLAS_EINVAL (NULL argument, unknown flags); CLAS_EPARSE;
 *         CLAS_ESCHEMA; CLAS_ERULES; CLAS_EEXISTS; CLAS_ERANGE; CLAS_EUTF8;
 *         CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_regles_builder_add_json_file(), clas_regles_builder_add_defaults(), clas_regles_to_json()
 */
CLAS_API int clas_regles_builder_add_json(clas_regles_builder *builder, const char *json, size_t len,
                                          const char *origin, unsigned flags);
/**
 * Reads a "clas-regles/1" file into a builder; its path is the origin of
 * error locations.
 * @param[in,out] builder the builder.
 * @param[in] path the file's path.
 * @param[in] flags 0 or CLAS_REGLES_REPLACE.
 * @return as clas_regles_builder_add_json(), or CLAS_EIO if the file cannot
 *         be read.
 * @since 1.0
 * @sa clas_regles_builder_add_json()
 */
CLAS_API int clas_regles_builder_add_json_file(clas_regles_builder *builder, const char *path, unsigned flags);
/**
 * Serialises a rule set as a "clas-regles/1" document (every barème and
 * cadre; the national defaults are not written).
 * @param[out] out receives NUL-terminated UTF-8, owned by the caller
 *             (clas_free()).
 * @param[in] regles the rule set.
 * @param[in] flags 0 or CLAS_JSON_PRETTY.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_regles_builder_add_json(), clas_free()
 */
CLAS_API int clas_regles_to_json(char **out, const clas_regles *regles, unsigned flags);

/**
 * Serialises an evaluation as a "clas-resultat/1" document: verdicts,
 * constats with messages in both languages, amounts, the trace when
 * recorded, and provenance (library version, barème and cadre with their
 * sources, rule-set hash).
 * @param[out] out receives NUL-terminated UTF-8, owned by the caller
 *             (clas_free()).
 * @param[in] evaluation the evaluation.
 * @param[in] flags 0 or CLAS_JSON_PRETTY.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_evaluation_run(), clas_rapport_to_json(), clas_free()
 */
CLAS_API int clas_evaluation_to_json(char **out, const clas_evaluation *evaluation, unsigned flags);
/**
 * Serialises a report as a "clas-rapport/1" document: per-dossier results
 * with their porteur, and the department totals.
 * @param[out] out receives NUL-terminated UTF-8, owned by the caller
 *             (clas_free()).
 * @param[in] rapport the report.
 * @param[in] campagne the campaign the report was made from: its
 *            department, year, name and the dossiers' porteurs.
 * @param[in] flags 0 or CLAS_JSON_PRETTY.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_rapport_new(), clas_evaluation_to_json(), clas_free()
 */
CLAS_API int clas_rapport_to_json(char **out, const clas_rapport *rapport, const clas_campagne *campagne,
                                  unsigned flags);
/**
 * Serialises statistics as a "clas-statistiques/1" document: department,
 * year, each figure by name (counts as integers, cents as "1234.50"
 * strings, rates as "0.848" strings), and the previous year's beside them.
 * @param[out] out receives NUL-terminated UTF-8, owned by the caller
 *             (clas_free()).
 * @param[in] stats the statistics.
 * @param[in] precedente the previous year's statistics, written as the
 *            member "precedente"; NULL for none.
 * @param[in] flags 0 or CLAS_JSON_PRETTY.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_statistiques_new(), clas_free()
 */
CLAS_API int clas_statistiques_to_json(char **out, const clas_statistiques *stats,
                                       const clas_statistiques *precedente, unsigned flags);

#ifdef __cplusplus
}
#endif
#endif
