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
    for (int st = CLAS_OK; st >= CLAS_ESTATE; st--) {
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
        cmocka_unit_test(test_version),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
