/* SPDX-License-Identifier: Apache-2.0 */
/* Status codes, the thread-local last error, the version. */
#include "testutil.h"
#include "base/base.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void test_status_names(void **state)
{
    (void)state;
    assert_string_equal(clas_status_name(CLAS_OK), "CLAS_OK");
    assert_string_equal(clas_status_name(CLAS_EINVAL), "CLAS_EINVAL");
    assert_string_equal(clas_status_name(CLAS_ENOBAREME), "CLAS_ENOBAREME");
    assert_string_equal(clas_status_name(CLAS_ESTATE), "CLAS_ESTATE");
    assert_string_equal(clas_status_name(-999), "CLAS_UNKNOWN");
    assert_string_equal(clas_strerror(CLAS_EUTF8), "invalid UTF-8 text");
    assert_string_equal(clas_strerror(42), "unknown status");
    for (int st = CLAS_OK; st >= CLAS_ELIMIT; st--) {
        assert_non_null(clas_strerror(st));
        assert_string_not_equal(clas_strerror(st), "unknown status");
        assert_string_not_equal(clas_status_name(st), "CLAS_UNKNOWN");
    }
}

static void test_fail_records_error(void **state)
{
    (void)state;
    clas_error_clear();
    assert_int_equal(clas_error_last_code(), CLAS_OK);
    assert_string_equal(clas_error_last_message(), "");
    assert_string_equal(clas_error_last_location(), "");

    assert_int_equal(clas__fail(CLAS_ERANGE, "collectif C1: nb_enfants", "value %d is too large", 7), CLAS_ERANGE);
    assert_int_equal(clas_error_last_code(), CLAS_ERANGE);
    assert_string_equal(clas_error_last_message(), "value 7 is too large");
    assert_string_equal(clas_error_last_location(), "collectif C1: nb_enfants");

    /* A NULL location clears the previous one. */
    clas__fail(CLAS_EINVAL, NULL, "second");
    assert_string_equal(clas_error_last_message(), "second");
    assert_string_equal(clas_error_last_location(), "");

    /* Re-raising with the current message as an argument is safe. */
    clas__fail(CLAS_EIO, "f.json", "wrapped: %s", clas_error_last_message());
    assert_string_equal(clas_error_last_message(), "wrapped: second");

    clas_error_clear();
    assert_int_equal(clas_error_last_code(), CLAS_OK);
    assert_string_equal(clas_error_last_message(), "");
}

static void test_long_message_truncated(void **state)
{
    (void)state;
    char big[5000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    clas__fail(CLAS_EPARSE, big, "%s", big);
    assert_int_equal(clas_error_last_code(), CLAS_EPARSE);
    assert_true(strlen(clas_error_last_message()) > 100);
    assert_true(strlen(clas_error_last_message()) < sizeof big - 1);
    assert_true(strlen(clas_error_last_location()) < sizeof big - 1);
}

static void test_public_call_sets_error(void **state)
{
    (void)state;
    clas_error_clear();
    clas_niveau n;
    assert_clas_status(clas_niveau_parse(&n, "CP2"), CLAS_EINVAL);
    assert_int_equal(clas_error_last_code(), CLAS_EINVAL);
    assert_non_null(strstr(clas_error_last_message(), "CP2"));
    /* Success does not clear it. */
    assert_clas_ok(clas_niveau_parse(&n, "CP"));
    assert_int_equal(clas_error_last_code(), CLAS_EINVAL);
}

typedef struct thread_result {
    int code_before, code_after;
    char message[64];
} thread_result;

static void *other_thread(void *arg)
{
    thread_result *r = arg;
    r->code_before = clas_error_last_code();
    clas__fail(CLAS_EIO, "thread", "from the second thread");
    r->code_after = clas_error_last_code();
    snprintf(r->message, sizeof r->message, "%s", clas_error_last_message());
    return NULL;
}

static void test_thread_local(void **state)
{
    (void)state;
    clas__fail(CLAS_ERULES, "main", "from the main thread");
    thread_result r = {0};
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, other_thread, &r), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_int_equal(r.code_before, CLAS_OK);
    assert_int_equal(r.code_after, CLAS_EIO);
    assert_string_equal(r.message, "from the second thread");
    /* The main thread still sees its own error. */
    assert_int_equal(clas_error_last_code(), CLAS_ERULES);
    assert_string_equal(clas_error_last_message(), "from the main thread");
    assert_string_equal(clas_error_last_location(), "main");
}

/* A refused amount carries its id and arguments, and reads in French with
 * euros, never raw cents. */
static void test_message_id_and_arguments(void **state)
{
    (void)state;
    clas_dossier *d = NULL;
    clas_collectif *c = NULL;
    char buf[256];
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_clas_ok(clas_dossier_add_collectif(&c, d, "C1"));
    assert_clas_status(clas_collectif_set_depenses(c, -5), CLAS_ERANGE);
    assert_string_equal(clas_error_last_id(), "montant_hors_bornes");
    assert_string_equal(clas_error_last_location(), "collectif C1: depenses");
    assert_int_equal(clas_error_last_num_args(), 4);
    assert_string_equal(clas_error_last_arg_name(0), "champ");
    assert_int_equal(clas_error_last_arg_type(0), CLAS_ERROR_ARG_TEXT);
    assert_string_equal(clas_error_last_arg_text(0), "depenses");
    assert_int_equal(clas_error_last_arg_value(0), 0);
    assert_string_equal(clas_error_last_arg_name(1), "montant");
    assert_int_equal(clas_error_last_arg_type(1), CLAS_ERROR_ARG_CENTS);
    assert_int_equal(clas_error_last_arg_value(1), -5);
    assert_string_equal(clas_error_last_arg_text(1), "-0.05");
    assert_null(clas_error_last_arg_name(4));
    assert_string_equal(clas_error_last_arg_text(4), "");
    assert_int_equal(clas_error_last_arg_value(4), 0);
    int n = clas_error_last_format(buf, sizeof buf, CLAS_LANG_FR);
    assert_int_equal(n, (int)strlen(buf));
    assert_string_equal(buf, "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €");
    assert_true(clas_error_last_format(buf, sizeof buf, CLAS_LANG_EN) > 0);
    assert_string_equal(buf, clas_error_last_message());
    assert_non_null(strstr(buf, "-€0.05"));
    /* snprintf-style: a short buffer gets a prefix, the full length is returned. */
    char small[8];
    assert_int_equal(clas_error_last_format(small, sizeof small, CLAS_LANG_FR), n);
    assert_int_equal(strlen(small), sizeof small - 1);
    assert_int_equal(clas_error_last_format(NULL, 0, CLAS_LANG_FR), n);
    assert_int_equal(clas_error_last_format(NULL, 4, CLAS_LANG_FR), CLAS_EINVAL);
    assert_int_equal(clas_error_last_format(buf, sizeof buf, (clas_lang)7), CLAS_EINVAL);
    assert_string_equal(clas_error_last_id(), "montant_hors_bornes");
    clas_dossier_free(d);
}

/* Errors outside the catalogue have the generic id; French names the
 * status and keeps the English detail. */
static void test_generic_message(void **state)
{
    (void)state;
    char buf[256];
    assert_int_equal(clas__fail(CLAS_EINVAL, "x", "bad %d", 3), CLAS_EINVAL);
    assert_string_equal(clas_error_last_id(), "erreur");
    assert_int_equal(clas_error_last_num_args(), 1);
    assert_string_equal(clas_error_last_arg_name(0), "detail");
    assert_string_equal(clas_error_last_arg_text(0), "bad 3");
    clas_error_last_format(buf, sizeof buf, CLAS_LANG_FR);
    assert_string_equal(buf, "argument invalide (bad 3)");
    clas_error_last_format(buf, sizeof buf, CLAS_LANG_EN);
    assert_string_equal(buf, "bad 3");
    /* Re-raised under another place, the id and arguments stay. */
    assert_int_equal(clas__failm(CLAS_ENOBAREME, NULL, CLAS__MSG_BAREME_ABSENT, CLAS__TEXT("annee_scolaire", "2031-2032")),
                     CLAS_ENOBAREME);
    assert_int_equal(clas__fail_relocate(CLAS_ERULES, "f.json:1:2: $.x", "barème: "), CLAS_ERULES);
    assert_string_equal(clas_error_last_id(), "bareme_absent");
    assert_string_equal(clas_error_last_location(), "f.json:1:2: $.x");
    assert_string_equal(clas_error_last_message(), "barème: no barème for 2031-2032");
    clas_error_last_format(buf, sizeof buf, CLAS_LANG_FR);
    assert_string_equal(buf, "aucun barème pour l'année scolaire 2031-2032");
    clas_error_clear();
    assert_string_equal(clas_error_last_id(), "");
    assert_int_equal(clas_error_last_num_args(), 0);
    assert_int_equal(clas_error_last_format(buf, sizeof buf, CLAS_LANG_FR), 0);
    assert_string_equal(buf, "");
}

/* Every catalogue row: a unique id, both texts, the same placeholders. */
static void test_catalogue(void **state)
{
    (void)state;
    for (int m = 0; m < CLAS__MSG_COUNT; m++) {
        const clas__msg_def *d = clas__msg_get((clas__msg)m);
        assert_true(d->id[0] && d->en[0] && d->fr[0]);
        for (int k = 0; k < m; k++)
            assert_string_not_equal(d->id, clas__msg_get((clas__msg)k)->id);
        for (const char *p = d->en; (p = strchr(p, '{')) != NULL; p++) {
            char name[40];
            size_t len = strcspn(p, "}");
            assert_true(len < sizeof name);
            memcpy(name, p, len + 1);
            name[len + 1] = '\0';
            assert_non_null(strstr(d->fr, name));
        }
    }
}

static void test_version(void **state)
{
    (void)state;
    assert_string_equal(clas_version_string(), CLAS_VERSION_STRING);
    assert_string_equal(clas_version_string(), "1.0.0");
    assert_int_equal(clas_version_number(), 10000);
    assert_int_equal(clas_version_number(), CLAS_VERSION_NUMBER);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_names),
        cmocka_unit_test(test_fail_records_error),
        cmocka_unit_test(test_long_message_truncated),
        cmocka_unit_test(test_public_call_sets_error),
        cmocka_unit_test(test_thread_local),
        cmocka_unit_test(test_message_id_and_arguments),
        cmocka_unit_test(test_generic_message),
        cmocka_unit_test(test_catalogue),
        cmocka_unit_test(test_version),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
