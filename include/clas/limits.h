/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/limits.h
 * @brief The limits libclas enforces on what it reads and builds.
 *
 * Every limit is checked before the bytes or objects beyond it are read or
 * allocated, and refused with CLAS_ELIMIT (or the status named below) and a
 * message that names the limit and the value found, e.g. "the document is
 * 2147483648 bytes, above the limit of 1073741824 bytes
 * (CLAS_LIMIT_DOCUMENT_BYTES)". The limits are far above any real
 * department's data; they exist so that a hostile input costs bounded time
 * and memory. doc/security.md lists them with the tests that check them.
 */
#ifndef CLAS_LIMITS_H
#define CLAS_LIMITS_H

#include "common.h"

/**
 * Largest JSON document, in bytes, that the *_from_json() and
 * *_from_json_file() functions read (1 GiB). A file is measured before it
 * is read; a pipe or device is read at most this far.
 * @since 1.0
 */
#define CLAS_LIMIT_DOCUMENT_BYTES ((size_t)1 << 30)

/**
 * Deepest nesting of objects and arrays in a document (CLAS_EPARSE beyond
 * it: no document of the formats nests half as deep).
 * @since 1.0
 */
#define CLAS_LIMIT_DEPTH 64

/**
 * Most collectifs one dossier holds: clas_dossier_add_collectif() and the
 * dossier reader refuse more.
 * @since 1.0
 */
#define CLAS_LIMIT_COLLECTIFS 1000000

/**
 * Most dossiers one campaign holds: clas_campagne_add_dossier() and the
 * campaign reader refuse more.
 * @since 1.0
 */
#define CLAS_LIMIT_DOSSIERS 10000000

/*
 * Strings: identifiers are at most CLAS_ID_MAX bytes and free texts at most
 * CLAS_TEXT_MAX bytes (clas/dossier.h); longer ones are refused
 * (CLAS_EINVAL from a setter, CLAS_ESCHEMA in a document) with both lengths.
 */

#endif
