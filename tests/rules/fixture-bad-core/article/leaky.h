#pragma once
#include <QWidget> // the rule must catch this
