# SPDX-License-Identifier: Apache-2.0
# Memory loop: N cycles (default 100000) of building case A, evaluating it
# with the trace, using a constat after its evaluation and dossier are
# released, and an error path. Prints the resident memory after the first
# tenth and at the end; fails if it grew by more than 1 MiB.
require 'clas'
require_relative 'case_a'

n = Integer(ARGV[0] || 100_000)
rss_kb = -> { File.read('/proc/self/status')[/^VmRSS:\s+(\d+)/, 1].to_i }
regles = Clas::Regles.new
start = nil
(1..n).each do |i|
  d = case_a
  c = d.collectif(0)
  ev = d.evaluate(regles, nil, Clas::CLAS_EVAL_TRACE)
  k = ev.collectif_constat(0, 0)
  ev = d = nil
  raise 'child after parent' if Clas.clas_code_name(k.code).empty?
  begin
    c.set_depenses(-1)
    raise 'error path'
  rescue Clas::Error => e
    raise 'status' unless e.status == 'CLAS_ERANGE'
  end
  if i == n / 10
    GC.start
    start = rss_kb.call
  end
end
GC.start
fin = rss_kb.call
printf("ruby: %d cycles, RSS %d kB after %d, %d kB at the end (%+d kB)\n", n, start, n / 10, fin, fin - start)
exit(fin - start > 1024 ? 1 : 0)
