/* SPDX-License-Identifier: Apache-2.0 */
/* peak COMMAND [ARG...]: runs the command (its standard output thrown
 * away, its standard input and error passed through) and prints its exit
 * status and its own peak resident memory in KiB. A small program of its
 * own, because a child forked from a large process (the Python test)
 * starts its high-water mark at its parent's resident size, and wait4()
 * would report that instead of the command's. */
/* wait4() is a BSD function, not in C11 nor POSIX. */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: peak COMMAND [ARG...]\n", stderr);
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("peak: fork");
        return 2;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
            _exit(127);
        execvp(argv[1], argv + 1);
        perror("peak: exec");
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) != pid) {
        perror("peak: wait4");
        return 2;
    }
    printf("%d %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), ru.ru_maxrss);
    return 0;
}
