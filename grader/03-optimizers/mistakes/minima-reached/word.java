// Mistake: answers with a word instead of a number
// Prediction: minima-reached
predict("minima-reached", "all");
