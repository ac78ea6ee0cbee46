# Writes Data/lung.csv from R's survival package dataset `lung` (NCCTG advanced lung cancer,
# Loprinzi et al. J Clin Oncol 1994;12:601-7; survival 3.5-3). status recoded from R's 1=censored/2=dead
# to Trek's 0=censored/1=event; ph_ecog empty where R has NA.
# Run: Rscript tests/Trek.Trials.Tests/R/lung_fixture.R
library(survival)
out <- data.frame(time = lung$time, status = lung$status - 1, sex = lung$sex, ph_ecog = lung$ph.ecog)
write.csv(out, "tests/Trek.Trials.Tests/Data/lung.csv", row.names = FALSE, na = "", quote = FALSE)
