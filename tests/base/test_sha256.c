/* SPDX-License-Identifier: Apache-2.0 */
/* SHA-256 against the FIPS 180-4 examples. */
#include "testutil.h"
#include "base/sha256.h"

#include <string.h>

static void hex_of(char hex[65], const void *data, size_t len)
{
    clas__sha256 h;
    unsigned char d[CLAS_SHA256_DIGEST];
    clas__sha256_init(&h);
    clas__sha256_update(&h, data, len);
    clas__sha256_final(&h, d);
    clas__sha256_hex(hex, d);
}

static void test_vectors(void **state)
{
    (void)state;
    char hex[65];
    hex_of(hex, "abc", 3);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    hex_of(hex, "", 0);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    hex_of(hex, m448, strlen(m448));
    assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const char *m896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    hex_of(hex, m896, strlen(m896));
    assert_string_equal(hex, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void test_million_a_in_pieces(void **state)
{
    (void)state;
    /* One million 'a', fed in uneven pieces to cross block boundaries. */
    char chunk[997];
    memset(chunk, 'a', sizeof chunk);
    clas__sha256 h;
    clas__sha256_init(&h);
    size_t left = 1000000;
    while (left > 0) {
        size_t n = left < sizeof chunk ? left : sizeof chunk;
        clas__sha256_update(&h, chunk, n);
        left -= n;
    }
    unsigned char d[CLAS_SHA256_DIGEST];
    char hex[65];
    clas__sha256_final(&h, d);
    clas__sha256_hex(hex, d);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void test_padding_boundaries(void **state)
{
    (void)state;
    /* 55, 56 and 64 bytes straddle the length field; one call or byte by
     * byte must agree. */
    char msg[130];
    memset(msg, 'x', sizeof msg);
    static const size_t lens[] = {55, 56, 63, 64, 65, 119, 120, 128};
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        char one[65], bytes[65];
        hex_of(one, msg, lens[i]);
        clas__sha256 h;
        unsigned char d[CLAS_SHA256_DIGEST];
        clas__sha256_init(&h);
        for (size_t k = 0; k < lens[i]; k++)
            clas__sha256_update(&h, msg + k, 1);
        clas__sha256_final(&h, d);
        clas__sha256_hex(bytes, d);
        assert_string_equal(one, bytes);
    }
    char hex[65];
    hex_of(hex, msg, 55);
    assert_string_equal(hex, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
    hex_of(hex, msg, 56);
    assert_string_equal(hex, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
    hex_of(hex, msg, 64);
    assert_string_equal(hex, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_million_a_in_pieces),
        cmocka_unit_test(test_padding_boundaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
