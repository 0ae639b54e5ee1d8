/* SPDX-License-Identifier: Apache-2.0 */
/* Status codes and the thread-local last error. */
#include "base/base.h"

#include <stdio.h>
#include <string.h>

/* Long enough for a file path, a JSON path and a sentence; longer texts are
 * truncated rather than allocated, so reporting an error never fails. */
#define CLAS_ERROR_MESSAGE_MAX 1024
#define CLAS_ERROR_LOCATION_MAX 512

static _Thread_local int last_code;
static _Thread_local char last_message[CLAS_ERROR_MESSAGE_MAX];
static _Thread_local char last_location[CLAS_ERROR_LOCATION_MAX];

typedef struct status_entry {
    int code;
    const char *name;
    const char *text;
} status_entry;

static const status_entry statuses[] = {
    {CLAS_OK, "CLAS_OK", "success"},
    {CLAS_EINVAL, "CLAS_EINVAL", "invalid argument"},
    {CLAS_ENOMEM, "CLAS_ENOMEM", "out of memory"},
    {CLAS_ERANGE, "CLAS_ERANGE", "value out of range"},
    {CLAS_EOVERFLOW, "CLAS_EOVERFLOW", "arithmetic overflow"},
    {CLAS_ENOTFOUND, "CLAS_ENOTFOUND", "not found"},
    {CLAS_ENOBAREME, "CLAS_ENOBAREME", "no barème for the school year"},
    {CLAS_EEXISTS, "CLAS_EEXISTS", "already exists"},
    {CLAS_EPARSE, "CLAS_EPARSE", "malformed document"},
    {CLAS_ESCHEMA, "CLAS_ESCHEMA", "document does not match its schema"},
    {CLAS_EUTF8, "CLAS_EUTF8", "invalid UTF-8 text"},
    {CLAS_EIO, "CLAS_EIO", "input/output error"},
    {CLAS_ERULES, "CLAS_ERULES", "inconsistent rule data"},
    {CLAS_ESTATE, "CLAS_ESTATE", "operation not allowed in the current state"},
};

static const status_entry *find_status(int status)
{
    for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
        if (statuses[i].code == status)
            return &statuses[i];
    return NULL;
}

const char *clas_strerror(int status)
{
    const status_entry *e = find_status(status);
    return e ? e->text : "unknown status";
}

const char *clas_status_name(int status)
{
    const status_entry *e = find_status(status);
    return e ? e->name : "CLAS_UNKNOWN";
}

int clas_error_last_code(void) { return last_code; }
const char *clas_error_last_message(void) { return last_message; }
const char *clas_error_last_location(void) { return last_location; }

void clas_error_clear(void)
{
    last_code = CLAS_OK;
    last_message[0] = '\0';
    last_location[0] = '\0';
}

int clas__vfail(int code, const char *location, const char *fmt, va_list ap)
{
    /* Format into a scratch buffer first: arguments may point into the
     * current message (a caller re-raising with added context). */
    char message[CLAS_ERROR_MESSAGE_MAX];
    char where[CLAS_ERROR_LOCATION_MAX];
    if (fmt)
        vsnprintf(message, sizeof message, fmt, ap);
    else
        snprintf(message, sizeof message, "%s", clas_strerror(code));
    snprintf(where, sizeof where, "%s", location ? location : "");
    last_code = code;
    memcpy(last_message, message, sizeof message);
    memcpy(last_location, where, sizeof where);
    return code;
}

int clas__fail(int code, const char *location, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = clas__vfail(code, location, fmt, ap);
    va_end(ap);
    return r;
}
