namespace Trek.Clinical.TestRoute;

public enum AgeGroup
{
    /// <summary>Children and adolescents: the paediatric consensus (Albert et al. JCO 2019) applies as well as ESMO.</summary>
    Paediatric,

    Adult,
}
