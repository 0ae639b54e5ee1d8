# SPDX-License-Identifier: Apache-2.0
# Cost per call from Ruby: one collectif built from values and evaluated, a
# built dossier evaluated into a reused Evaluation, one collectif from values
# in one call (Batch.evaluate_one), and the batch per collectif. Median of 7 runs (3 with --quick).
#   RUBYLIB=build/bindings/ruby ruby bench/clas_bench.rb [--quick]
require 'clas'
require_relative '../bindings/ruby/test/case_a'

quick = ARGV.include?('--quick')
n, runs, rows = quick ? [20_000, 3, 100_000] : [200_000, 7, 1_000_000]

median = lambda do |k, &code|
  code.call(k / 10 + 1)
  t = Array.new(runs) do
    t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    code.call(k)
    (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0) / k
  end
  t.sort[runs / 2]
end


regles = Clas::Regles.new
ev = Clas::Evaluation.new
sink = 0
t = median.call(n) { |k| k.times { ev.run(regles, nil, case_a, 0); sink += ev.montant(0, Clas::CLAS_MONTANT_PS) } }
printf("build one collectif from values + evaluate: %.0f ns\n", t * 1e9)
built = case_a
t = median.call(n) { |k| k.times { ev.run(regles, nil, built, 0); sink += ev.montant(0, Clas::CLAS_MONTANT_PS) } }
printf("evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns\n", t * 1e9)
# One collectif from values in one call: a row in BatchColumn order (case A's values).
row = [1_000_000, 150_000, 10, 2, 1 << Clas::CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, Clas::BATCH_AGREE]
t = median.call(n) do |k|
  k.times do |i|
    row[0] = 100_000 + (i * 7919) % 900_000
    sink += Clas::Batch.evaluate_one(regles, '2025-2026', '51', row)[2]
  end
end
printf("one collectif from values in one call (Batch.evaluate_one): %.0f ns  <= 2 us %s\n", t * 1e9, t <= 2e-6 ? 'PASS' : 'MISS')
dep = Array.new(rows) { |i| 100_000 + (i * 7919) % 900_000 }
enf = Array.new(rows) { |i| 8 + i % 5 }
two = Array.new(rows, 2)
one = Array.new(rows, 1)
flags = Array.new(rows, Clas::BATCH_AGREE)
ps = nil
t = median.call(1) do |k|
  k.times do
    b = Clas::Batch.new(rows)
    b.set(Clas::CLAS_BATCH_COL_DEPENSES, dep)
    b.set(Clas::CLAS_BATCH_COL_NB_ENFANTS, enf)
    b.set(Clas::CLAS_BATCH_COL_NB_INTERVENANTS, two)
    [Clas::CLAS_BATCH_COL_ACTIONS_ENFANTS, Clas::CLAS_BATCH_COL_ACTIONS_PARENTS, Clas::CLAS_BATCH_COL_ACTIONS_ECOLE,
     Clas::CLAS_BATCH_COL_ACTIONS_TERRITOIRE].each { |col| b.set(col, one) }
    b.set(Clas::CLAS_BATCH_COL_FLAGS, flags)
    b.evaluate(regles, '2025-2026', '51')
    ps = b.get(Clas::CLAS_BATCH_COL_PS, rows)
  end
end
printf("batch per collectif (%d rows: set columns, evaluate, get Ps): %.1f ns\n", rows, t * 1e9 / rows)
puts "checksum #{sink + ps[0]}"
