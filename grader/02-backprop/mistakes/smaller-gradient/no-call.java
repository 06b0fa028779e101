// Mistake: computes the answer in a variable, which the grader cannot read
// Prediction: smaller-gradient
String larger = "w2";
predict("smaller-gradient", larger);
