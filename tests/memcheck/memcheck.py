#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs programs under valgrind's memcheck and fails on any error or leak.

Usage: memcheck.py VALGRIND SUPPRESSIONS OURS -- [OPTION...] PROGRAM [ARGS...] [-- ...]

This is the part of `meson test --setup valgrind` that every test run
enforces: the unit test programs, the command-line tool on the example
campaign and the bindings' tests, each checked for invalid accesses and
definite or indirect leaks (valgrind runs with --error-exitcode).

OURS is a directory (the build tree): a stack frame whose object file lies
under it is in the library or a binding's wrapper. Options before a program:

  --interpreter   the program is a language interpreter whose own start-up
                  and exit valgrind reports (Perl and Ruby do not free their
                  heaps, Ruby's and R's collectors scan the stack): only
                  the errors and leaks that start in OURS (in any of their
                  stacks: where it happened, where the block was allocated
                  or freed) fail. The others are counted, not failed on.
  --debugger=OPT  valgrind is given to the program as OPT "VALGRIND ARGS..."
                  instead of running it (R's `R -d "valgrind ..."`: R's
                  front end is a shell script).
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def parse_commands(args):
    commands, current = [], None
    for arg in args:
        if arg == '--':
            current = {'interpreter': False, 'debugger': None, 'argv': []}
            commands.append(current)
        elif not current['argv'] and arg == '--interpreter':
            current['interpreter'] = True
        elif not current['argv'] and arg.startswith('--debugger='):
            current['debugger'] = arg[len('--debugger='):]
        else:
            current['argv'].append(arg)
    return commands


def frames(error):
    """Every frame of every stack of one valgrind error (XML)."""
    for stack in error.iter('stack'):
        for frame in stack.iter('frame'):
            yield frame


def in_tree(frame, root):
    obj = frame.findtext('obj')
    return obj is not None and os.path.realpath(obj).startswith(root + os.sep)


def ours(error, root):
    """Whether one of the error's stacks (where it happened, where the block
    was allocated or freed) starts in ROOT: its innermost frame outside
    valgrind's own malloc/free/memcpy replacements. A stack that only passes
    through our code deeper down (a collector scanning the stack, the
    interpreter's tables filled while our module loads) is the interpreter's."""
    for stack in error.iter('stack'):
        for frame in stack.iter('frame'):
            if 'vgpreload' in os.path.basename(frame.findtext('obj') or ''):
                continue
            if in_tree(frame, root):
                return True
            break
    return False


def describe(error):
    what = error.findtext('what') or error.findtext('xwhat/text') or ''
    lines = ['%s: %s' % (error.findtext('kind'), what)]
    for frame in frames(error):
        where = frame.findtext('fn') or frame.findtext('ip')
        if frame.findtext('file'):
            where += ' (%s:%s)' % (frame.findtext('file'), frame.findtext('line'))
        else:
            where += ' (%s)' % os.path.basename(frame.findtext('obj') or '?')
        lines.append('   ' + where)
    return lines


def run(command, valgrind, suppressions, root, env):
    with tempfile.TemporaryDirectory(prefix='memcheck-') as tmp:
        xml = os.path.join(tmp, 'valgrind.xml')
        options = ['--quiet', '--error-exitcode=99', '--leak-check=full',
                   '--show-leak-kinds=definite,indirect', '--errors-for-leak-kinds=definite,indirect',
                   '--suppressions=' + suppressions, '--xml=yes', '--xml-file=' + xml]
        argv = command['argv']
        if command['debugger']:
            line = [argv[0], command['debugger'], ' '.join([valgrind] + options)] + argv[1:]
        else:
            line = [valgrind] + options + argv
        result = subprocess.run(line, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                check=False)
        try:
            errors = ET.parse(xml).getroot().findall('error')
        except (OSError, ET.ParseError) as e:
            return ['no valgrind report: %s' % e] + result.stderr.splitlines()[-20:], 0
    if command['interpreter']:
        failing = [e for e in errors if ours(e, root)]
    else:
        failing = errors
    problems = []
    for error in failing[:10]:
        problems += describe(error)
    if failing:
        problems.insert(0, '%d valgrind error(s) or leak(s)' % len(failing))
    if result.returncode not in (0, 99):
        problems.insert(0, 'exit %d' % result.returncode)
        problems += result.stderr.splitlines()[-30:]
    elif result.returncode == 99 and not command['interpreter'] and not failing:
        problems.insert(0, 'valgrind found errors or leaks')
    return problems, len(errors) - len(failing)


def main() -> int:
    valgrind, suppressions, root = sys.argv[1], sys.argv[2], os.path.realpath(sys.argv[3])
    commands = parse_commands(sys.argv[4:])
    env = dict(os.environ, CLAS_UNDER_VALGRIND='1', CMOCKA_MESSAGE_OUTPUT='TAP')
    failures = 0
    for number, command in enumerate(commands, 1):
        argv = command['argv']
        name = os.path.basename(argv[0]) + ' ' + ' '.join(os.path.basename(a) for a in argv[1:])
        problems, others = run(command, valgrind, suppressions, root, env)
        note = ' (%d report(s) outside the library and its wrappers)' % others if others else ''
        if problems:
            failures += 1
            print('not ok %d - %s: %s%s' % (number, name, problems[0], note))
            for line in problems[1:80]:
                print('# ' + line)
        else:
            print('ok %d - %s%s' % (number, name, note))
    print('1..%d' % len(commands))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
