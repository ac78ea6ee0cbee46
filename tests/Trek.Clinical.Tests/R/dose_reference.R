# Reference values for tests/Trek.Clinical.Tests/Dosing/*: BSA by three formulas and the larotrectinib dose
# per the VITRAKVI US label section 2.2 (100 mg/m2 BID if BSA < 1.0 m2, else 100 mg BID), rounded as Trek does:
# BSA to 4 decimals, dose to 0.1 mg, oral solution (20 mg/mL) to 0.01 mL, halves away from zero.
# Run: Rscript tests/Trek.Clinical.Tests/R/dose_reference.R
rnd <- function(x, d) sign(x) * floor(abs(x) * 10^d + 0.5 + 1e-9) / 10^d
mosteller <- function(h, w) sqrt(h * w / 3600)                       # Mosteller, NEJM 1987
dubois    <- function(h, w) 0.007184 * h^0.725 * w^0.425             # Du Bois, Arch Intern Med 1916
haycock   <- function(h, w) 0.024265 * h^0.3964 * w^0.5378           # Haycock, J Pediatr 1978
cases <- data.frame(h = c(60, 144, 144, 143.97, 100, 170), w = c(6, 25, 25, 25, 9, 70),
                    f = c("mosteller", "mosteller", "haycock", "mosteller", "dubois", "dubois"))
for (i in seq_len(nrow(cases))) {
  h <- cases$h[i]; w <- cases$w[i]; f <- cases$f[i]
  bsa <- rnd(switch(f, mosteller = mosteller(h, w), dubois = dubois(h, w), haycock = haycock(h, w)), 4)
  exact <- if (bsa >= 1) 100 else 100 * bsa
  dose <- rnd(exact, 1)
  cat(sprintf("%s h=%g w=%g bsa=%.4f exact=%.4f dose_mg=%.1f solution_ml=%.2f\n", f, h, w, bsa, exact, dose, rnd(dose / 20, 2)))
}
# Output (R 4.x):
# mosteller h=60 w=6 bsa=0.3162 exact=31.6200 dose_mg=31.6 solution_ml=1.58
# mosteller h=144 w=25 bsa=1.0000 exact=100.0000 dose_mg=100.0 solution_ml=5.00
# haycock h=144 w=25 bsa=0.9826 exact=98.2600 dose_mg=98.3 solution_ml=4.92
# mosteller h=143.97 w=25 bsa=0.9999 exact=99.9900 dose_mg=100.0 solution_ml=5.00
# dubois h=100 w=9 bsa=0.5151 exact=51.5100 dose_mg=51.5 solution_ml=2.58
# dubois h=170 w=70 bsa=1.8097 exact=100.0000 dose_mg=100.0 solution_ml=5.00
# Unrounded BSA used by BodySurfaceAreaTests (sprintf %.6f):
# mosteller(60, 6) = 0.316228; haycock(144, 25) = 0.982579; dubois(100, 9) = 0.515133; dubois(170, 70) = 1.809708
# mosteller(100, 9) = 0.500000; mosteller(143.97, 25) = 0.999896
