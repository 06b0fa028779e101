// Mistake: expects gradient descent to stay where it started, as with a small step
// Prediction: escape-sharp
predict("escape-sharp", "stay");
