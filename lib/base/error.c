/* SPDX-License-Identifier: Apache-2.0 */
/* Status codes and the thread-local last error: code, location, English
 * message, and the message's id with its arguments so that it can be said
 * again in French. */
#include "base/base.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* Long enough for a file path, a JSON path and a sentence; longer texts are
 * truncated rather than allocated, so reporting an error never fails. */
#define CLAS_ERROR_MESSAGE_MAX 1024
#define CLAS_ERROR_LOCATION_MAX 512
#define CLAS_ERROR_ARGS_MAX 8
#define CLAS_ERROR_ARG_TEXT_MAX 256
#define CLAS_ERROR_PREFIX_MAX 128
#define CLAS_ERROR_WORD_MAX 96

typedef struct stored_arg {
    const char *name;
    clas_error_arg_type type;
    int64_t value;
    char text[CLAS_ERROR_ARG_TEXT_MAX];
    char fr[CLAS_ERROR_WORD_MAX]; /* a word's French text, "" if none */
} stored_arg;

typedef struct last_error {
    int code;
    char message[CLAS_ERROR_MESSAGE_MAX];
    char location[CLAS_ERROR_LOCATION_MAX];
    clas__msg msg;
    size_t num_args;
    stored_arg args[CLAS_ERROR_ARGS_MAX];
} last_error;

static _Thread_local last_error last, stash;

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
    {CLAS_ELIMIT, "CLAS_ELIMIT", "input beyond a documented limit"},
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

int clas_error_last_code(void) { return last.code; }
const char *clas_error_last_message(void) { return last.message; }
const char *clas_error_last_location(void) { return last.location; }

void clas_error_clear(void)
{
    last.code = CLAS_OK;
    last.message[0] = '\0';
    last.location[0] = '\0';
    last.msg = CLAS__MSG_MEMOIRE;
    last.num_args = 0;
}

void clas__error_stash(void) { stash = last; }

int clas__error_unstash(void)
{
    last = stash;
    return last.code;
}

const char *clas_error_last_id(void)
{
    return last.code == CLAS_OK ? "" : clas__msg_get(last.msg)->id;
}

size_t clas_error_last_num_args(void) { return last.code == CLAS_OK ? 0 : last.num_args; }

static const stored_arg *arg_at(size_t i)
{
    return i < clas_error_last_num_args() ? &last.args[i] : NULL;
}

const char *clas_error_last_arg_name(size_t i)
{
    const stored_arg *a = arg_at(i);
    return a ? a->name : NULL;
}

clas_error_arg_type clas_error_last_arg_type(size_t i)
{
    const stored_arg *a = arg_at(i);
    return a ? a->type : CLAS_ERROR_ARG_TEXT;
}

const char *clas_error_last_arg_text(size_t i)
{
    const stored_arg *a = arg_at(i);
    return a ? a->text : "";
}

int64_t clas_error_last_arg_value(size_t i)
{
    const stored_arg *a = arg_at(i);
    return a && a->type != CLAS_ERROR_ARG_TEXT ? a->value : 0;
}

/* snprintf-style appending: *used counts what the full text needs. */
static void put(char *buf, size_t size, size_t *used, const char *s, size_t n)
{
    if (*used < size) {
        size_t room = size - *used - 1;
        memcpy(buf + *used, s, n < room ? n : room);
        buf[*used + (n < room ? n : room)] = '\0';
    }
    *used += n;
}

static void put_arg(char *buf, size_t size, size_t *used, const stored_arg *a, clas_lang lang)
{
    char tmp[64];
    if (a->type == CLAS_ERROR_ARG_CENTS) {
        size_t n = clas__cents_human(tmp, sizeof tmp, a->value, lang);
        put(buf, size, used, tmp, n < sizeof tmp ? n : sizeof tmp - 1);
    } else {
        const char *t = lang == CLAS_LANG_FR && a->fr[0] ? a->fr : a->text;
        put(buf, size, used, t, strlen(t));
    }
}

/* Renders @p tpl: "{name}" becomes that argument; an unknown name stays. */
static size_t render(char *buf, size_t size, const char *tpl, clas_lang lang, const stored_arg *args, size_t n)
{
    size_t used = 0;
    if (size > 0)
        buf[0] = '\0';
    for (const char *p = tpl; *p;) {
        const char *open = strchr(p, '{');
        const char *close = open ? strchr(open, '}') : NULL;
        if (!open || !close) {
            put(buf, size, &used, p, strlen(p));
            break;
        }
        put(buf, size, &used, p, (size_t)(open - p));
        const stored_arg *a = NULL;
        for (size_t i = 0; i < n && !a; i++)
            if (strlen(args[i].name) == (size_t)(close - open - 1) && strncmp(args[i].name, open + 1, (size_t)(close - open - 1)) == 0)
                a = &args[i];
        if (a)
            put_arg(buf, size, &used, a, lang);
        else
            put(buf, size, &used, open, (size_t)(close - open + 1));
        p = close + 1;
    }
    return used;
}

int clas_error_last_format(char *buf, size_t size, clas_lang lang)
{
    if ((!buf && size > 0) || (lang != CLAS_LANG_FR && lang != CLAS_LANG_EN))
        return CLAS_EINVAL;
    if (last.code == CLAS_OK) {
        if (size > 0)
            buf[0] = '\0';
        return 0;
    }
    const clas__msg_def *def = clas__msg_get(last.msg);
    size_t used = render(buf, size, lang == CLAS_LANG_FR ? def->fr : def->en, lang, last.args, last.num_args);
    return used > INT32_MAX ? INT32_MAX : (int)used;
}

static void store_args(const clas__arg *args, size_t n)
{
    last.num_args = n < CLAS_ERROR_ARGS_MAX ? n : CLAS_ERROR_ARGS_MAX;
    for (size_t i = 0; i < last.num_args; i++) {
        stored_arg *a = &last.args[i];
        a->name = args[i].name;
        a->type = args[i].type;
        a->value = args[i].type == CLAS_ERROR_ARG_TEXT ? 0 : args[i].value;
        snprintf(a->fr, sizeof a->fr, "%s", args[i].type == CLAS_ERROR_ARG_TEXT && args[i].fr ? args[i].fr : "");
        if (args[i].type == CLAS_ERROR_ARG_TEXT)
            snprintf(a->text, sizeof a->text, "%s", args[i].text ? args[i].text : "");
        else if (args[i].type == CLAS_ERROR_ARG_CENTS)
            clas__cents_text(a->text, args[i].value);
        else
            snprintf(a->text, sizeof a->text, "%" PRId64, args[i].value);
    }
}

int clas__fail_msg(int code, const char *location, const char *prefix, clas__msg msg, const clas__arg *args,
                   size_t num_args)
{
    /* Copy the arguments first: they may point into the current error (a
     * caller re-raising with added context). */
    char saved[CLAS_ERROR_ARGS_MAX][CLAS_ERROR_ARG_TEXT_MAX];
    clas__arg copies[CLAS_ERROR_ARGS_MAX];
    char where[CLAS_ERROR_LOCATION_MAX], before[CLAS_ERROR_PREFIX_MAX];
    size_t n = num_args < CLAS_ERROR_ARGS_MAX ? num_args : CLAS_ERROR_ARGS_MAX;
    for (size_t i = 0; i < n; i++) {
        copies[i] = args[i];
        if (args[i].type == CLAS_ERROR_ARG_TEXT) {
            snprintf(saved[i], sizeof saved[i], "%s", args[i].text ? args[i].text : "");
            copies[i].text = saved[i];
        }
    }
    snprintf(where, sizeof where, "%s", location ? location : "");
    snprintf(before, sizeof before, "%s", prefix ? prefix : "");
    last.code = code;
    last.msg = msg;
    store_args(copies, n);
    memcpy(last.location, where, sizeof where);
    size_t plen = strlen(before);
    memcpy(last.message, before, plen + 1);
    render(last.message + plen, sizeof last.message - plen, clas__msg_get(msg)->en, CLAS_LANG_EN, last.args,
           last.num_args);
    return code;
}

int clas__fail_options(int code, const char *location, const char *function, unsigned flags)
{
    char hex[16];
    snprintf(hex, sizeof hex, "0x%x", flags);
    return clas__failm(code, location, CLAS__MSG_OPTIONS_INCONNUES, CLAS__TEXT("fonction", function),
                       CLAS__TEXT("options", hex));
}

int clas__fail_relocate(int code, const char *location, const char *prefix)
{
    char where[CLAS_ERROR_LOCATION_MAX], message[CLAS_ERROR_MESSAGE_MAX];
    snprintf(where, sizeof where, "%s", location ? location : "");
    size_t plen = prefix ? strlen(prefix) : 0;
    if (plen >= CLAS_ERROR_PREFIX_MAX)
        plen = CLAS_ERROR_PREFIX_MAX - 1;
    snprintf(message, sizeof message, "%.*s%s", (int)plen, prefix ? prefix : "", last.message);
    last.code = code;
    memcpy(last.location, where, sizeof where);
    memcpy(last.message, message, sizeof message);
    return code;
}
