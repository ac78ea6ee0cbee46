using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>A patient with its samples in registration order: what every per-patient form page starts from.</summary>
public sealed record PatientSamples(Patient Patient, IReadOnlyList<Sample> Samples);
