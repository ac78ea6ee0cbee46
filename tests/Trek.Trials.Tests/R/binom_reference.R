# Reference values for ClopperPearsonTests: R's binom.test (stats, R 4.2) exact Clopper-Pearson 95% CI.
# Run: Rscript tests/Trek.Trials.Tests/R/binom_reference.R
options(digits = 15)
for (x in list(c(78, 93), c(14, 38), c(28, 38), c(0, 10), c(10, 10), c(1, 1), c(0, 1), c(1, 2), c(5, 20), c(500, 1000), c(1, 1000))) {
  ci <- binom.test(x[1], x[2])$conf.int
  cat(sprintf("%d/%d %.15f %.15f %.15f\n", x[1], x[2], x[1] / x[2], ci[1], ci[2]))
}
ci <- binom.test(14, 38, conf.level = 0.90)$conf.int
cat(sprintf("14/38 conf 0.90 %.15f %.15f\n", ci[1], ci[2]))
