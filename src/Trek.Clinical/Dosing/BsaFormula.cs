namespace Trek.Clinical.Dosing;

/// <summary>Body-surface-area formula, chosen explicitly because they differ by a few percent in children.</summary>
public enum BsaFormula
{
    /// <summary>sqrt(height cm x weight kg / 3600) (Mosteller 1987). Trek's default.</summary>
    Mosteller,

    /// <summary>0.007184 x H^0.725 x W^0.425 (Du Bois and Du Bois 1916).</summary>
    DuBois,

    /// <summary>0.024265 x H^0.3964 x W^0.5378 (Haycock 1978), derived in children.</summary>
    Haycock,
}
