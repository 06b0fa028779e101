// Mistake: records no prediction
// Prediction: escape-sharp
predict("escape-sharp", "");
