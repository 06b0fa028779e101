// Mistake: answers with the learning rate instead of an option
// Prediction: escape-sharp
predict("escape-sharp", 0.5);
