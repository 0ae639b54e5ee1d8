/* SPDX-License-Identifier: Apache-2.0 */
/* Shared helpers for the cmocka tests: domain assertions and fixtures. */
#ifndef CLAS_TESTUTIL_H
#define CLAS_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>

#include "clas.h"

/* Fails the test with the library's last error when @p expr is not CLAS_OK. */
#define assert_clas_ok(expr) \
    do { \
        int st_ = (expr); \
        if (st_ != CLAS_OK) \
            fail_msg("%s -> %s: %s (%s)", #expr, clas_status_name(st_), clas_error_last_message(), \
                     clas_error_last_location()); \
    } while (0)

/* Asserts a status code, naming both codes on failure. */
#define assert_clas_status(expr, want) \
    do { \
        int st_ = (expr); \
        if (st_ != (want)) \
            fail_msg("%s -> %s, want %s (%s)", #expr, clas_status_name(st_), clas_status_name(want), \
                     clas_error_last_message()); \
    } while (0)

/* The default rule set (embedded data), built once per test group. */
int testutil_regles_setup(void **state);
int testutil_regles_teardown(void **state);

/* A dossier for 2025-2026 in the Marne, filed on time, with one collectif
 * "C1" that satisfies every rule (10 children CM1/CM2, 2 intervenants,
 * one action per axis, out of school time) with the given expenses,
 * approved by the committee. Owned by the caller. */
clas_dossier *testutil_dossier_eligible(clas_cents depenses);

/* Adds to @p d an eligible, approved collectif with the given id and expenses. */
clas_collectif *testutil_add_collectif_eligible(clas_dossier *d, const char *id, clas_cents depenses);

/* 1 if the evaluation has a constat with this code (for the collectif of
 * index @p collectif, or -1 for dossier-level, or -2 for any). */
int testutil_has_code(const clas_evaluation *ev, long collectif, clas_code code);

/* Calls @p fn on every shared vector of $CLAS_VECTORS_DIR, in file-name
 * order, with the parsed document (borrowed for the call) and its file
 * name; fails the test on a file that is not JSON. Vectors whose dossier
 * must be refused at load (attendu.erreur_chargement) are skipped. Returns
 * the count of files, skipped ones included. */
size_t testutil_for_each_vector(void (*fn)(json_t *vector, const char *name, void *data), void *data);

/* Reads a whole file into a NUL-terminated buffer (free()); NULL on error. */
char *testutil_read_file(const char *path, size_t *len);

#endif
