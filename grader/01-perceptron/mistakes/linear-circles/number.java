// Mistake: answers with the accuracy as a number instead of an option
// Prediction: linear-circles
predict("linear-circles", 0.5);
