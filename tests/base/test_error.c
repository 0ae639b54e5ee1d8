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

    assert_int_equal(clas__failm(CLAS_ERANGE, "collectif C1: nb_enfants", CLAS__MSG_VALEUR_HORS_BORNES,
                                 CLAS__TEXT("champ", "nb_enfants"), CLAS__INT("valeur", 7), CLAS__INT("min", 0),
                                 CLAS__INT("max", 5)),
                     CLAS_ERANGE);
    assert_int_equal(clas_error_last_code(), CLAS_ERANGE);
    assert_string_equal(clas_error_last_message(), "nb_enfants = 7 is out of range 0..5");
    assert_string_equal(clas_error_last_location(), "collectif C1: nb_enfants");

    /* A NULL location clears the previous one. */
    clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_COLLECTIF_INTROUVABLE, CLAS__TEXT("id", "second"));
    assert_string_equal(clas_error_last_message(), "no collectif with id \"second\"");
    assert_string_equal(clas_error_last_location(), "");

    /* Re-raising with the current message as an argument is safe. */
    clas__failm(CLAS_EIO, "f.json", CLAS__MSG_FICHIER_ILLISIBLE, CLAS__TEXT("detail", clas_error_last_message()));
    assert_string_equal(clas_error_last_message(), "cannot read: no collectif with id \"second\"");

    /* Stashed aside, an error comes back whole after others. */
    clas__error_stash();
    clas__fail_null("elsewhere");
    assert_int_equal(clas__error_unstash(), CLAS_EIO);
    assert_string_equal(clas_error_last_id(), "fichier_illisible");
    assert_string_equal(clas_error_last_location(), "f.json");

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
    clas__failm(CLAS_EPARSE, big, CLAS__MSG_JSON_SYNTAXE, CLAS__TEXT("detail", big));
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
    clas__failm(CLAS_EIO, "thread", CLAS__MSG_FICHIER_ILLISIBLE, CLAS__TEXT("detail", "from the second thread"));
    r->code_after = clas_error_last_code();
    snprintf(r->message, sizeof r->message, "%s", clas_error_last_message());
    return NULL;
}

static void test_thread_local(void **state)
{
    (void)state;
    clas__failm(CLAS_ERULES, "main", CLAS__MSG_FICHIER_ILLISIBLE, CLAS__TEXT("detail", "from the main thread"));
    thread_result r = {0};
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, other_thread, &r), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_int_equal(r.code_before, CLAS_OK);
    assert_int_equal(r.code_after, CLAS_EIO);
    assert_string_equal(r.message, "cannot read: from the second thread");
    /* The main thread still sees its own error. */
    assert_int_equal(clas_error_last_code(), CLAS_ERULES);
    assert_string_equal(clas_error_last_message(), "cannot read: from the main thread");
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

/* A word argument reads in each language; programs read its English
 * text. Mistakes of the calling program name the function. */
static void test_words_and_programming_errors(void **state)
{
    (void)state;
    char buf[256];
    clas_collectif *c = NULL;
    assert_clas_status(clas_dossier_add_collectif(&c, NULL, "C1"), CLAS_EINVAL);
    assert_string_equal(clas_error_last_id(), "argument_nul");
    assert_string_equal(clas_error_last_arg_text(0), "clas_dossier_add_collectif");
    clas_error_last_format(buf, sizeof buf, CLAS_LANG_FR);
    assert_string_equal(buf, "clas_dossier_add_collectif : argument NULL");
    clas_dossier *d = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_clas_ok(clas_dossier_add_collectif(&c, d, "C1"));
    assert_clas_status(clas_collectif_add_niveau(c, (clas_niveau)99), CLAS_EINVAL);
    assert_string_equal(clas_error_last_id(), "valeur_inconnue");
    assert_string_equal(clas_error_last_arg_text(0), "school level");
    assert_string_equal(clas_error_last_message(), "unknown school level 99");
    clas_error_last_format(buf, sizeof buf, CLAS_LANG_FR);
    assert_string_equal(buf, "niveau scolaire : la valeur 99 n'existe pas");
    clas_dossier_free(d);
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluation_new(&ev));
    assert_clas_status(clas_evaluation_run(ev, NULL, NULL, NULL, 0x40000), CLAS_EINVAL);
    assert_string_equal(clas_error_last_id(), "argument_nul");
    clas_evaluation_free(ev);
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

/* The last error of a call, in French. */
static const char *french(void)
{
    static char buf[512];
    clas_error_last_format(buf, sizeof buf, CLAS_LANG_FR);
    return buf;
}

/* One error of each family, as a person reads it in French: the model,
 * rule data, documents, arithmetic, file access. */
static void test_french_by_family(void **state)
{
    (void)state;
    clas_dossier *d = NULL;
    clas_collectif *c = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_clas_status(clas_dossier_find_collectif(&c, d, "C9"), CLAS_ENOTFOUND);
    assert_string_equal(clas_error_last_id(), "collectif_introuvable");
    assert_string_equal(french(), "aucun collectif n'a l'identifiant « C9 »");
    assert_clas_status(clas_dossier_set_date_depot(d, "2025-13-01"), CLAS_EINVAL);
    assert_string_equal(french(), "« 2025-13-01 » n'est pas une date du calendrier AAAA-MM-JJ");
    assert_string_equal(clas_error_last_message(), "\"2025-13-01\" is not a calendar date YYYY-MM-DD");
    clas_dossier_free(d);

    clas_bareme *b = NULL;
    assert_clas_ok(clas_bareme_new(&b, "2025-2026"));
    assert_clas_ok(clas_bareme_set_taux(b, 330000));
    assert_clas_ok(clas_bareme_set_prix_plafond(b, 848700));
    assert_clas_ok(clas_bareme_set_ps_max(b, 280072));
    assert_clas_status(clas_bareme_validate(b), CLAS_ERULES);
    assert_string_equal(clas_error_last_id(), "ps_max_trop_haut");
    assert_string_equal(french(), "ps_max (2 800,72 €) dépasse taux × prix_plafond (2800.71) d'un centime ou plus "
                                  "(le barème arrondit au centime)");
    assert_clas_status(clas_bareme_set_prix_plafond(b, -1), CLAS_ERANGE);
    assert_string_equal(french(), "prix_plafond = -0,01 € est hors des bornes 0,00 € à 1 000 000 000,00 €");
    clas_bareme_free(b);

    static const char doc[] = "{\"format\": \"clas-dossier/1\", \"annee_scolaire\": 2025}";
    assert_int_equal(clas_dossier_from_json(&d, doc, sizeof doc - 1, "d.json"), CLAS_ESCHEMA);
    assert_string_equal(clas_error_last_id(), "type_inattendu");
    assert_string_equal(french(), "doit être un texte, pas un entier");
    assert_string_equal(clas_error_last_message(), "must be a string, not an integer");
    static const char bad[] = "{\"format\" \"clas-dossier/1\"}";
    assert_int_equal(clas_dossier_from_json(&d, bad, sizeof bad - 1, "d.json"), CLAS_EPARSE);
    assert_string_equal(clas_error_last_id(), "json_attendu");
    assert_string_equal(french(), "':' attendu après un nom de membre");

    clas_cents out = 0;
    assert_int_equal(clas__apply_rate(&out, INT64_MAX, 3, 1, CLAS_ROUND_HALF_UP), CLAS_EOVERFLOW);
    assert_string_equal(clas_error_last_id(), "produit_depassement");
    assert_string_equal(french(), "9223372036854775807 × 3 / 1 dépasse ce que 64 bits de centimes peuvent tenir");

    assert_int_equal(clas_dossier_from_json_file(&d, "/nonexistent/d.json"), CLAS_EIO);
    assert_string_equal(clas_error_last_id(), "fichier_inaccessible");
    assert_non_null(strstr(french(), "impossible d'ouvrir le fichier : "));
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
        cmocka_unit_test(test_words_and_programming_errors),
        cmocka_unit_test(test_french_by_family),
        cmocka_unit_test(test_catalogue),
        cmocka_unit_test(test_version),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
