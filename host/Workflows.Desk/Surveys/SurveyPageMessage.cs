namespace Workflows.Desk.Surveys;

public enum SurveyPageMessage { Thanks, Invalid, Expired, Used, BadScore }
