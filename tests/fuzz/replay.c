/* SPDX-License-Identifier: Apache-2.0 */
/* Runs a fuzz target on files, without libFuzzer: the driver the fuzz
 * suite uses where clang is not installed, and a way to replay one input
 * under a debugger or valgrind. Arguments are files or directories (every
 * regular file in them, not recursing). Exit status 0 when every input
 * ran; a failed check aborts, naming the input on stderr first. The
 * driver also holds the library to its promise of never writing on the
 * standard error: stderr goes to a scratch file during each input, which
 * must stay empty. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t cap = 4096, len = 0;
    char *data = malloc(cap);
    for (size_t got; data && (got = fread(data + len, 1, cap - len, f)) > 0;) {
        len += got;
        if (len == cap) {
            char *bigger = realloc(data, cap *= 2);
            if (!bigger) {
                free(data);
                data = NULL;
            }
            data = bigger;
        }
    }
    fclose(f);
    if (!data) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 1;
    }
    fprintf(stderr, "replay %s (%zu bytes)\n", path, len);
    fflush(stderr);
    FILE *scratch = tmpfile();
    int saved = dup(2);
    if (!scratch || saved < 0 || dup2(fileno(scratch), 2) < 0) {
        perror("redirecting stderr");
        return 1;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    long written = (fseek(scratch, 0, SEEK_END), ftell(scratch));
    fclose(scratch);
    free(data);
    if (written != 0) {
        fprintf(stderr, "%s: %ld bytes written on stderr while reading this input\n", path, written);
        abort();
    }
    return 0;
}

static int run_path(const char *path, size_t *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
        ++*count;
        return run_file(path);
    }
    DIR *dir = opendir(path);
    if (!dir) {
        perror(path);
        return 1;
    }
    int failed = 0;
    for (struct dirent *e; (e = readdir(dir));) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(path) + strlen(e->d_name) + 2;
        char *child = malloc(n);
        if (!child)
            return 1;
        snprintf(child, n, "%s/%s", path, e->d_name);
        if (stat(child, &st) == 0 && S_ISREG(st.st_mode)) {
            ++*count;
            failed |= run_file(child);
        }
        free(child);
    }
    closedir(dir);
    return failed;
}

int main(int argc, char **argv)
{
    int failed = 0;
    size_t count = 0;
    for (int i = 1; i < argc; i++)
        failed |= run_path(argv[i], &count);
    printf("%zu inputs replayed\n", count);
    return failed;
}
