namespace Trek.Clinical.Dosing;

/// <summary>Hepatic function by Child-Pugh class, the grouping the VITRAKVI label uses (section 2.6).</summary>
public enum HepaticImpairment
{
    None,

    /// <summary>Child-Pugh A: no adjustment in the label.</summary>
    Mild,

    /// <summary>Child-Pugh B: starting dose reduced by 50%.</summary>
    Moderate,

    /// <summary>Child-Pugh C: starting dose reduced by 50%.</summary>
    Severe,
}
