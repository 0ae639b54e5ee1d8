/* SPDX-License-Identifier: Apache-2.0 */
/* Where a subcommand's output goes. Everything is first written to memory
 * (or, for a workbook, to a temporary file next to the destination); it
 * reaches standard output or -o FILE only when the command succeeded, so a
 * failing command writes nothing and never clobbers an existing file. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "output.h"

struct output {
    FILE *mem;
    char *buf;
    size_t len;
    char *temp_path; /* a file made by output_temp_file(), renamed on success */
};

int output_open(struct cli *cli)
{
    struct output *o = calloc(1, sizeof *o);
    if (!o)
        return EXIT_INTERNAL;
    o->mem = open_memstream(&o->buf, &o->len);
    if (!o->mem) {
        free(o);
        return EXIT_INTERNAL;
    }
    cli->output = o;
    cli->out = o->mem;
    return EXIT_OK;
}

/* "dir/.name.XXXXXX" beside @p path, so rename() stays on one file system. */
static char *temp_template(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    size_t n = strlen(path) + 16;
    char *t = malloc(n);
    if (t)
        snprintf(t, n, "%.*s.%s.XXXXXX", (int)dir, path, path + dir);
    return t;
}

/* A new empty file beside @p path (or in /tmp for standard output). */
static char *make_temp(const struct cli *cli)
{
    char *t = cli->output_path ? temp_template(cli->output_path) : strdup("/tmp/clas.XXXXXX");
    int fd;
    if (!t)
        return NULL;
    fd = mkstemp(t);
    if (fd < 0) {
        fprintf(cli->err, "clas: %s: %s\n", cli->output_path ? cli->output_path : t, strerror(errno));
        free(t);
        return NULL;
    }
    close(fd);
    return t;
}

const char *output_temp_file(const struct cli *cli)
{
    struct output *o = cli->output;
    if (!o->temp_path)
        o->temp_path = make_temp(cli);
    return o->temp_path;
}

/* Copies a whole file to @p out. */
static int copy_file(FILE *out, const char *path)
{
    char buf[65536];
    size_t n;
    int ok = 1;
    FILE *in = fopen(path, "rb");
    if (!in)
        return 0;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            ok = 0;
    if (ferror(in))
        ok = 0;
    fclose(in);
    return ok;
}

/* Writes the memory buffer to a temporary file beside the destination and
 * renames it over the destination. The new file gets the usual mode
 * (0666 minus the umask), like a file the shell would create. */
static int commit_to_path(const struct cli *cli, struct output *o)
{
    char *tmp = o->temp_path;
    mode_t mask = umask(0);
    umask(mask);
    if (!tmp) {
        FILE *f;
        tmp = make_temp(cli);
        if (!tmp)
            return EXIT_INTERNAL;
        o->temp_path = tmp;
        f = fopen(tmp, "wb");
        if (!f || fwrite(o->buf, 1, o->len, f) != o->len || fflush(f) != 0 || fsync(fileno(f)) != 0) {
            fprintf(cli->err, "clas: %s: %s\n", cli->output_path, strerror(errno ? errno : EIO));
            if (f)
                fclose(f);
            return EXIT_INTERNAL;
        }
        if (fclose(f) != 0)
            return EXIT_INTERNAL;
    }
    if (chmod(tmp, 0666 & ~mask) != 0 || rename(tmp, cli->output_path) != 0) {
        fprintf(cli->err, "clas: %s: %s\n", cli->output_path, strerror(errno));
        return EXIT_INTERNAL;
    }
    free(o->temp_path);
    o->temp_path = NULL;
    return EXIT_OK;
}

int output_close(struct cli *cli, FILE *stdout_stream, int status)
{
    struct output *o = cli->output;
    int ok;
    if (!o)
        return status;
    ok = fflush(o->mem) == 0 && !ferror(o->mem);
    fclose(o->mem);
    cli->out = stdout_stream;
    if (!ok && status < EXIT_USAGE) {
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
        status = EXIT_INTERNAL;
    }
    /* 0 and 1 (check found a blocking constat) are results; 2 and above are failures. */
    if (status < EXIT_USAGE) {
        int rc = EXIT_OK;
        if (cli->output_path)
            rc = commit_to_path(cli, o);
        else if (o->temp_path)
            rc = copy_file(stdout_stream, o->temp_path) ? EXIT_OK : EXIT_INTERNAL;
        else if (o->len > 0 && fwrite(o->buf, 1, o->len, stdout_stream) != o->len)
            rc = EXIT_INTERNAL;
        if (rc == EXIT_OK && (fflush(stdout_stream) != 0 || ferror(stdout_stream))) {
            fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_WRITE_ERROR));
            rc = EXIT_INTERNAL;
        }
        if (rc != EXIT_OK)
            status = rc;
    }
    if (o->temp_path)
        unlink(o->temp_path);
    free(o->temp_path);
    free(o->buf);
    free(o);
    cli->output = NULL;
    return status;
}

int output_is_input(const char *output_path, char *const *inputs, size_t n)
{
    struct stat out, in;
    if (!output_path || stat(output_path, &out) != 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &in) == 0 && in.st_dev == out.st_dev &&
            in.st_ino == out.st_ino)
            return 1;
    return 0;
}
