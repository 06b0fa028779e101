// Mistake: expects only the two valleys along w2 to matter
// Prediction: minima-reached
predict("minima-reached", 2);
