namespace DefenceData;

/// <summary>
/// GDELT's four primary classes of CAMEO events (its event codebook's <c>QuadClass</c>, numbered as
/// GDELT numbers them), each a range of root codes: 01–05 verbal cooperation, 06–09 material
/// cooperation, 10–14 verbal conflict, 15–20 material conflict.
/// </summary>
public enum QuadClass
{
    /// <summary>1: roots 01–05 (make a public statement, appeal, express intent to cooperate, consult, engage in diplomatic cooperation).</summary>
    VerbalCooperation = 1,

    /// <summary>2: roots 06–09 (engage in material cooperation, provide aid, yield, investigate).</summary>
    MaterialCooperation = 2,

    /// <summary>3: roots 10–14 (demand, disapprove, reject, threaten, protest).</summary>
    VerbalConflict = 3,

    /// <summary>4: roots 15–20 (exhibit force posture, reduce relations, coerce, assault, fight, use unconventional mass violence).</summary>
    MaterialConflict = 4,
}
