/* SPDX-License-Identifier: Apache-2.0 */
/* What every fuzz target shares: the libFuzzer entry point, the rule set
 * the targets evaluate with, and the checks of a refused or accepted
 * input. A check that fails calls abort(), which libFuzzer (and the
 * replay driver) report as a crash with the input that caused it. */
#ifndef CLAS_TESTS_FUZZ_H
#define CLAS_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "clas.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The built-in rule set, built on first use and kept for the process. */
const clas_regles *fuzz_regles(void);

/* A refused input: @p st is one of the @p allowed statuses (0-terminated),
 * is the thread's last error, and comes with a message and a location. */
void fuzz_check_refused(int st, const int *allowed, const char *what);

/* Aborts with @p what when @p cond is false. */
void fuzz_require(int cond, const char *what);

/* Evaluates @p d (trace on, carry forward) and writes the result as JSON;
 * a refusal must be a documented status with a message. */
void fuzz_check_evaluation(const clas_regles *regles, const clas_dossier *d);

/* Writes @p d, reads it back, and checks it is equal and writes the same
 * text again (the round trip is a fixed point). */
void fuzz_check_dossier_round_trip(const clas_dossier *d);

/* Writes @p c, reads it back, and checks every dossier is equal and the
 * text a fixed point. */
void fuzz_check_campaign_round_trip(const clas_campagne *c);

/* Reports @p c (every dossier evaluated with the trace) and writes the
 * report as JSON; a refusal must be a documented status. */
void fuzz_check_report(const clas_campagne *c);

#endif
