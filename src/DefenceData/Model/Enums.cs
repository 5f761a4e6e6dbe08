namespace DefenceData;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and month are known.</summary>
    Month,

    /// <summary>The full date is known.</summary>
    Day,
}

/// <summary>How a count relates to the number its source gives.</summary>
public enum CountQualifier
{
    /// <summary>Exactly the number given.</summary>
    Exact,

    /// <summary>More than the number given ("over 1,200", "more than 250").</summary>
    MoreThan,

    /// <summary>At least the number given.</summary>
    AtLeast,

    /// <summary>About the number given.</summary>
    Approximately,
}

/// <summary>The kind of an event, one taxonomy for the whole dataset.</summary>
public enum EventType
{
    /// <summary>A visit by an official to another country (CAMEO 042/043).</summary>
    Visit,

    /// <summary>A meeting between officials (CAMEO 040-series).</summary>
    Meeting,

    /// <summary>A session of a standing joint working group.</summary>
    WorkingGroupMeeting,

    /// <summary>The signing of an agreement or memorandum (CAMEO 057).</summary>
    AgreementSigning,

    /// <summary>A public statement by a government body or official.</summary>
    Statement,

    /// <summary>An armed or terrorist attack.</summary>
    Attack,

    /// <summary>A named military operation.</summary>
    MilitaryOperation,

    /// <summary>Armed hostilities between states, named or not.</summary>
    Hostilities,

    /// <summary>A milestone in diplomatic relations, such as their formalisation.</summary>
    DiplomaticMilestone,
}

/// <summary>The kind of an organisation.</summary>
public enum OrganisationKind
{
    /// <summary>A government ministry or department.</summary>
    Ministry,

    /// <summary>A government office or body other than a ministry.</summary>
    GovernmentBody,

    /// <summary>A joint body of two or more governments.</summary>
    JointBody,

    /// <summary>A company or group of companies.</summary>
    Company,

    /// <summary>A news agency or outlet.</summary>
    NewsOrganisation,

    /// <summary>An armed group that is not a state's force.</summary>
    ArmedGroup,

    /// <summary>A state's armed forces.</summary>
    ArmedForces,

    /// <summary>A sector of an economy, not one organisation nor a group of named companies (India's private sector).</summary>
    Sector,
}

/// <summary>The kind of a place.</summary>
public enum PlaceKind
{
    /// <summary>A city or town.</summary>
    City,

    /// <summary>A region, state or territory within a country.</summary>
    Region,

    /// <summary>A wider geographic region spanning countries.</summary>
    GeographicRegion,
}

/// <summary>How far an agreement has come, as the articles tell it.</summary>
public enum AgreementStatus
{
    /// <summary>The parties agreed to work towards it; no draft is reported.</summary>
    Intended,

    /// <summary>The parties are drafting it.</summary>
    BeingDrafted,

    /// <summary>It was signed.</summary>
    Signed,
}

/// <summary>The kind of a statement.</summary>
public enum StatementType
{
    /// <summary>Condemns an act (CAMEO 111).</summary>
    Condemnation,

    /// <summary>Expresses support or solidarity (CAMEO 051).</summary>
    Support,

    /// <summary>Calls for an action, such as the release of hostages (CAMEO 0253).</summary>
    Appeal,

    /// <summary>Praises or describes a partner or relationship.</summary>
    Praise,

    /// <summary>Reports or assesses an outcome.</summary>
    Assessment,

    /// <summary>States a policy or position.</summary>
    Position,
}
