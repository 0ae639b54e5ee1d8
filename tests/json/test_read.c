/* SPDX-License-Identifier: Apache-2.0 */
/* The reader's defences against hostile text (lib/json/read.c): documents
 * and files beyond the limits are refused before they are read, and every
 * message names the place: line and column with the line ends editors
 * count, the member path, nothing truncated, no parser internals and no
 * invisible bytes. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_dossier(const char *json, size_t len, const char *origin)
{
    clas_dossier *d = NULL;
    clas_error_clear();
    int st = clas_dossier_from_json(&d, json, len, origin);
    clas_dossier_free(d);
    return st;
}

static void expect(const char *json, size_t len, int code, const char *where, const char *in_message)
{
    int st = read_dossier(json, len, "t.json");
    if (st != code)
        fail_msg("status %s, want %s (%s: %s)", clas_status_name(st), clas_status_name(code),
                 clas_error_last_location(), clas_error_last_message());
    if (!strstr(clas_error_last_location(), where))
        fail_msg("location \"%s\" lacks \"%s\" (%s)", clas_error_last_location(), where, clas_error_last_message());
    if (in_message && !strstr(clas_error_last_message(), in_message))
        fail_msg("message \"%s\" lacks \"%s\"", clas_error_last_message(), in_message);
}

#define DOSSIER_OK "{\"format\":\"clas-dossier/1\",\"annee_scolaire\":\"2025-2026\"}"

static void nul_bytes(void **state)
{
    (void)state;
    static const char doc[] = "{\"format\":\"clas-dossier/1\",\n \0}";
    expect(doc, sizeof doc - 1, CLAS_EPARSE, "t.json:2:2: $", "NUL byte (0x00) at offset 29");
}

static void escaped_nul(void **state)
{
    (void)state;
    static const char doc[] = "{\"format\":\"clas-dossier/1\",\"id\":\"a\\u0000b\"}";
    expect(doc, sizeof doc - 1, CLAS_EPARSE, "t.json:1:33: $.id", "\\u0000 (the NUL character)");
    assert_null(strstr(clas_error_last_message(), "JSON_"));
}

static void duplicate_member_at_its_path(void **state)
{
    (void)state;
    static const char doc[] = "{\"format\":\"clas-dossier/1\",\"porteur\":{\"id\":\"P\",\"id\":\"Q\"}}";
    expect(doc, sizeof doc - 1, CLAS_ESCHEMA, "t.json:1:48: $.porteur.id", "duplicate member \"id\"");
}

static void number_too_large_at_its_path(void **state)
{
    (void)state;
    static const char doc[] = "{\"format\":\"clas-dossier/1\",\"collectifs\":[{\"id\":\"C1\",\"nb_enfants\":1e309}]}";
    expect(doc, sizeof doc - 1, CLAS_ERANGE, "t.json:1:66: $.collectifs[0].nb_enfants", "number 1e309 is too large");
    static const char big[] = "{\"format\":\"clas-dossier/1\",\"collectifs\":[{\"id\":\"C1\",\"nb_enfants\":99999999999999999999}]}";
    expect(big, sizeof big - 1, CLAS_ERANGE, "t.json:1:66: $.collectifs[0].nb_enfants", "is too large");
}

static void byte_order_mark_accepted(void **state)
{
    (void)state;
    static const char doc[] = "\xEF\xBB\xBF" DOSSIER_OK;
    assert_clas_ok(read_dossier(doc, sizeof doc - 1, "t.json"));
    /* columns count from the first character after the mark */
    static const char bad[] = "\xEF\xBB\xBF{\"format\":\"clas-dossier/1\",\"annee_scolaire\":\"2025-2026\",\"x\":1}";
    expect(bad, sizeof bad - 1, CLAS_ESCHEMA, "t.json:1:61: $.x", "unknown member");
}

static void line_ends(void **state)
{
    (void)state;
    static const char cr[] = "{\r\"format\":\"clas-dossier/1\",\r\"annee_scolaire\":\"2025-2026\",\r\"x\":1}";
    expect(cr, sizeof cr - 1, CLAS_ESCHEMA, "t.json:4:5: $.x", NULL);
    static const char crlf[] = "{\r\n\"format\":\"clas-dossier/1\",\r\n\"annee_scolaire\":\"2025-2026\",\r\n\"x\":1}";
    expect(crlf, sizeof crlf - 1, CLAS_ESCHEMA, "t.json:4:5: $.x", NULL);
    /* jansson's syntax errors are counted the same way */
    static const char syntax[] = "{\r\"format\":\"clas-dossier/1\",\r\"x\" 1}";
    expect(syntax, sizeof syntax - 1, CLAS_EPARSE, "t.json:3:5: $.x", "':' expected");
}

static void invisible_bytes_escaped(void **state)
{
    (void)state;
    static const char doc[] = "{\"format\":\"clas-dossier/1\",\"id\":\"a\x01\"}";
    expect(doc, sizeof doc - 1, CLAS_EPARSE, "t.json:1:", "0x1");
    for (const char *m = clas_error_last_message(); *m; m++)
        assert_true((unsigned char)*m >= 0x20);
}

/* The last error keeps 511 bytes of a location: a long origin or path is
 * shortened in its middle, never losing the line, column or member. */
static void long_locations_keep_line_column_and_member(void **state)
{
    (void)state;
    char origin[700];
    memset(origin, 'd', sizeof origin - 1);
    memcpy(origin + sizeof origin - 12, "/dossier.js", 11);
    origin[sizeof origin - 1] = '\0';
    static const char doc[] = "{\"format\":\"clas-dossier/1\",\"annee_scolaire\":\"2025-2026\",\n\"porteur\":{\"bogus\":1}}";
    assert_int_equal(read_dossier(doc, sizeof doc - 1, origin), CLAS_ESCHEMA);
    const char *loc = clas_error_last_location();
    if (strlen(loc) >= 512 || !strstr(loc, "/dossier.js:2:20: $.porteur.bogus"))
        fail_msg("location \"%s\"", loc);
    assert_true(strncmp(loc, "ddd", 3) == 0);

    /* a member name of 600 bytes: the path keeps its end */
    char key[601], text[800];
    memset(key, 'k', 600);
    key[0] = 'A';
    memcpy(key + 590, "TAIL_OF_KEY", 10);
    key[600] = '\0';
    snprintf(text, sizeof text, "{\"format\":\"clas-dossier/1\",\"annee_scolaire\":\"2025-2026\",\"porteur\":{\"%s\":1}}", key);
    assert_int_equal(read_dossier(text, strlen(text), "t.json"), CLAS_ESCHEMA);
    loc = clas_error_last_location();
    assert_true(strlen(loc) < 512);
    assert_non_null(strstr(loc, "t.json:1:671: $"));
    assert_non_null(strstr(loc, "TAIL_OF_KE"));
}

static void document_above_the_limit_is_not_read(void **state)
{
    (void)state;
    /* The length is checked before any byte: one byte of buffer is enough. */
    static const char one[] = "{";
    assert_int_equal(read_dossier(one, CLAS_LIMIT_DOCUMENT_BYTES + 1, "t.json"), CLAS_ELIMIT);
    assert_non_null(strstr(clas_error_last_message(), "1073741825 bytes"));
    assert_non_null(strstr(clas_error_last_message(), "CLAS_LIMIT_DOCUMENT_BYTES"));
    clas_campagne *c = NULL;
    assert_int_equal(clas_campagne_from_json(&c, one, CLAS_LIMIT_DOCUMENT_BYTES + 1, "c.json"), CLAS_ELIMIT);
    assert_null(c);
}

static void files_above_the_limit_are_not_read(void **state)
{
    (void)state;
    char path[] = "/tmp/clas-test-sparse-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    /* a 2 GiB sparse file: refused from its size, at once */
    assert_int_equal(ftruncate(fd, (off_t)2 << 30), 0);
    close(fd);
    clas_regles_builder *b = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_int_equal(clas_regles_builder_add_json_file(b, path, 0), CLAS_ELIMIT);
    assert_non_null(strstr(clas_error_last_message(), "2147483648 bytes, above the limit of 1073741824 bytes"));
    clas_dossier *d = NULL;
    assert_int_equal(clas_dossier_from_json_file(&d, path), CLAS_ELIMIT);
    unlink(path);

    /* a device that never ends: the first NUL byte stops the read */
    assert_int_equal(clas_regles_builder_add_json_file(b, "/dev/zero", 0), CLAS_EPARSE);
    assert_non_null(strstr(clas_error_last_message(), "NUL byte (0x00) at offset 0"));
    clas_regles_builder_free(b);
}

static void non_object_document(void **state)
{
    (void)state;
    expect("[1, 2]", 6, CLAS_ESCHEMA, "t.json:1:1: $", "a document must be a JSON object");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nul_bytes),
        cmocka_unit_test(escaped_nul),
        cmocka_unit_test(duplicate_member_at_its_path),
        cmocka_unit_test(number_too_large_at_its_path),
        cmocka_unit_test(byte_order_mark_accepted),
        cmocka_unit_test(line_ends),
        cmocka_unit_test(invisible_bytes_escaped),
        cmocka_unit_test(long_locations_keep_line_column_and_member),
        cmocka_unit_test(document_above_the_limit_is_not_read),
        cmocka_unit_test(files_above_the_limit_are_not_read),
        cmocka_unit_test(non_object_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
